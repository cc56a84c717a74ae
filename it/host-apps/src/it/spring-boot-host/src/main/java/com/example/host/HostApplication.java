package com.example.host;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class HostApplication {

  public static void main(String[] args) {
    SpringApplication.run(HostApplication.class, args);
  }
}
