package io.github.handymanworkflows.mongo;

import io.github.handymanworkflows.ledger.WorkflowLedger;
import io.github.handymanworkflows.test.contract.WorkflowLedgerContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class MongoWorkflowLedgerTest extends WorkflowLedgerContract {

  private static InJvmMongo mongo;

  @BeforeAll
  static void startServer() {
    mongo = new InJvmMongo();
  }

  @AfterAll
  static void stopServer() {
    mongo.close();
  }

  @Override
  protected WorkflowLedger newLedger() {
    return mongo.storage().ledger();
  }
}
