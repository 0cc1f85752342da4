import 'server-only';
import { readQuery } from '../db/driver';
import { qualityReport } from './quality-model';
import type { QualityReport } from './report-types';

/** Pass rate of every verified problem by coherence tenth and by the batches' complexity × temperature. */
export async function verificationQuality(): Promise<QualityReport> {
  return qualityReport(await readQuery('verification/quality'));
}
