package io.github.handymanworkflows.test.contract;

import io.github.handymanworkflows.report.InMemoryReportRepository;
import io.github.handymanworkflows.report.ReportRepository;

class InMemoryReportRepositoryTest extends ReportRepositoryContract {

  @Override
  protected ReportRepository newRepository() {
    return new InMemoryReportRepository();
  }
}
