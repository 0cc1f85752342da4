import 'server-only';
import { scanIfSandboxAvailable } from '../functions';
import { summaryLines } from '../functions/summary-text';
import { closeSandbox } from '../sandbox';

/** After the sample is loaded: scans it for functions when the sandbox is available, else says why not. */
export async function scanFunctionsAfterSample(): Promise<void> {
  try {
    const result = await scanIfSandboxAvailable();
    if ('skipped' in result) {
      console.error(`Function scan skipped: ${result.skipped} Run "npm run functions -- scan" once it is fixed.`);
      return;
    }
    console.error(`Scanned the documents for functions in ${result.summary.seconds.toFixed(1)} s:`);
    for (const line of summaryLines(result.summary)) console.error(line);
  } finally {
    await closeSandbox();
  }
}
