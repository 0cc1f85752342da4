// npm run llm:stub [-- --port 4010 --host 127.0.0.1 --latency-ms 0 --fault <fault> --fail-first N --verify-seed S]
import { parseArgs } from 'node:util';
import { STUB_FAULTS, stubConfigSchema } from '../test-support/llm-stub/faults';
import { startStub } from '../test-support/llm-stub/server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    'latency-ms': { type: 'string', default: '0' },
    fault: { type: 'string' },
    'fail-first': { type: 'string' },
    'verify-seed': { type: 'string', default: '0' },
  },
});

const config = stubConfigSchema.safeParse({
  fault: values.fault ?? null,
  failFirst: values['fail-first'] === undefined ? null : Number(values['fail-first']),
  latencyMs: Number(values['latency-ms']),
  verifySeed: Number(values['verify-seed']),
});
const port = Number(values.port);
if (!config.success || !Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(
    `Invalid options. --port 0..65535, --latency-ms ≥ 0, --fail-first ≥ 0, --verify-seed ≥ 0, --fault one of ${STUB_FAULTS.join(', ')}`,
  );
  process.exit(1);
}

const stub = await startStub({ port, host: values.host });
stub.configure(config.data);
console.log(`SCoGen LLM stub (OpenAI-compatible, deterministic, not a real model) at ${stub.baseUrl}
Point the app or CLI at it:
  export LLM_BASE_URL=${stub.baseUrl} LLM_MODEL=scogen-stub
Faults per request: header x-stub-fault: ${STUB_FAULTS.join('|')}|latency:<ms>
Faults globally:    curl -X POST ${stub.baseUrl.replace(/\/v1$/, '')}/stub/config -d '{"fault":"rate_limit","failFirst":2,"latencyMs":0,"retryAfter":"1"}'
Ctrl-C stops it.`);

const stop = () => void stub.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
