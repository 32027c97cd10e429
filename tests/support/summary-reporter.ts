import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Prints a plain "N passed, N failed" line at the end, a format CI log readers understand. */
export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.status === 'skipped') this.skipped++;
    else if (test.outcome() === 'expected' || test.outcome() === 'flaky') {
      if (result.status === 'passed') this.passed++;
    } else if (result.retry === test.retries) this.failed++;
  }

  onEnd(result: FullResult) {
    console.log(`${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped (${result.status})`);
  }
}
