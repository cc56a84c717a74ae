package io.github.handymanworkflows.test.inmemory;

import io.github.handymanworkflows.report.InMemoryReportRepository;
import io.github.handymanworkflows.report.ReportRepository;
import io.github.handymanworkflows.test.contract.ReportRepositoryContract;

class InMemoryReportRepositoryTest extends ReportRepositoryContract {

  @Override
  protected ReportRepository newRepository() {
    return new InMemoryReportRepository();
  }
}
