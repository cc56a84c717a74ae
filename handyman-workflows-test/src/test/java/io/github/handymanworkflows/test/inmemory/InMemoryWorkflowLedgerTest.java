package io.github.handymanworkflows.test.inmemory;

import io.github.handymanworkflows.ledger.InMemoryWorkflowLedger;
import io.github.handymanworkflows.ledger.WorkflowLedger;
import io.github.handymanworkflows.test.contract.WorkflowLedgerContract;

class InMemoryWorkflowLedgerTest extends WorkflowLedgerContract {

  @Override
  protected WorkflowLedger newLedger() {
    return new InMemoryWorkflowLedger();
  }
}
