/**
 * `npm run bench` (five years of a busy shop, the targets) or `tsx scripts/bench/main.ts --smoke` (1,000
 * refunds, no targets). Prints the table and writes bench-results.json at the project root (`--out FILE` elsewhere).
 */
import { join, resolve } from 'node:path';
import { FULL, SMOKE } from './bench-config';
import { resultsJson, resultTable, writeResults } from './report';
import { runBench } from './run-bench';

// The shop is in China: local dates (months, "today") are Beijing time whatever this machine's zone is.
process.env['TZ'] = 'Asia/Shanghai';

const args = process.argv.slice(2);
const config = args.includes('--smoke') ? SMOKE : FULL;
const outAt = args.indexOf('--out');
const out = outAt === -1 ? join(import.meta.dirname, '../../bench-results.json') : resolve(args[outAt + 1] ?? 'bench-results.json');

const result = await runBench(config, { log: (line) => process.stderr.write(`${line}\n`), keep: args.includes('--keep') });
const json = resultsJson(result);
await writeResults(out, json);
process.stdout.write(`\nRefundDesk benchmark (${config.name}): ${result.sizes.map((size) => size.dataset.refunds.toLocaleString('en')).join(' / ')} refunds, five years\n\n`);
process.stdout.write(`${resultTable(result, json)}\n\nwall time ${(result.wallMs / 1_000).toFixed(0)} s · written to ${out}\n`);
