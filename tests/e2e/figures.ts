import { basename } from 'node:path';
import type { TestInfo } from '@playwright/test';

/** Prints a line of measured figures to the test output and keeps it as an annotation of the test. */
export function reportFigures(testInfo: TestInfo, line: string): void {
  process.stdout.write(`${basename(testInfo.file)}: ${line}\n`);
  testInfo.annotations.push({ type: 'figures', description: line });
}
