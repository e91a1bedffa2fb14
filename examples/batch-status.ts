/**
 * A support tool's nightly job: the status of every plan it holds, from NDJSON in to NDJSON
 * out, on every core.
 *
 * Input: one plan with its ledger a line (blank lines are skipped):
 *
 *   {"plan": <Plan, as planFromJSON reads it>, "events": [<ServiceEvent>, …], "at": "<ISO-8601 instant with an offset>"}
 *
 * `events` is the plan's ledger, oldest first, as `ledgerFromJSON` reads it (`[]` for none);
 * `at` the instant of the status (may be left out when `--at` gives one for every line).
 * Output: one status a line, tagged with the input's line number (from 1) and the plan's
 * serial; lines come out as workers finish, so their order may differ from the input's:
 *
 *   {"line": 17, "serial": "1581F4", "status": <PlanStatus, as JSON.stringify writes it>}
 *
 * A line that is not valid input is reported on stderr (or as NDJSON to `--errors <file>`)
 * with its line number, field and code, and skipped: the code is the InvalidInputError's
 * (`invalid-instant`, `unknown-product`, …), or `invalid-json` for a line that is not JSON and
 * `wrong-type` (field `line`) for JSON that is not an object. Nothing else is skipped; any
 * other error stops the batch with exit code 1.
 *
 * How: the main thread reads the input in blocks, cuts them at line ends (about 64 KiB a
 * task) and hands the bytes, moved rather than copied, to a pool of worker threads (piscina,
 * one a core by default); the main thread never decodes or encodes text. Each worker decodes
 * its lines, parses them, validates the plan (planFromJSON) and computes the status
 * (planStatus, which validates the ledger as ledgerFromJSON does). At most two tasks a worker
 * are out at once, and reading waits while they are, and while the output has not drained:
 * memory stays constant whatever the input's length. A progress bar (cli-progress) with the rate and the time left goes to stderr
 * when stderr is a terminal, or with `--progress`. The summary at the end (stderr, and as
 * JSON to `--summary <file>`) gives the counts, the time, the rate and the peak memory of the
 * process: main thread and workers together (`process.resourceUsage().maxRSS`), and how busy
 * the main thread was (its event-loop utilization: near 100 % means it, not the workers,
 * limits the rate).
 *
 * Run:
 *   npx tsx examples/generate-plans.ts 100000 > plans.ndjson
 *   npx tsx examples/batch-status.ts plans.ndjson > statuses.ndjson
 *   npx tsx examples/batch-status.ts - < plans.ndjson   # or from stdin
 * Options: --out <file>, --errors <file>, --workers <n>, --at <instant>, --chunk-kb <n>,
 * --progress / --no-progress, --summary <file>, --no-messages (statuses without the English
 * words: codes and params only, smaller and faster to write).
 *
 * The workers run this same file: piscina starts each with examples/batch-status.worker.mjs,
 * which registers tsx (its `register()` API) and imports `statusChunk` from here, so the
 * batch works however the main thread was started (`tsx`, `node --import tsx`).
 * In your own code, import from 'dji-care-refresh' instead of '../src/index'.
 */
import { createReadStream, createWriteStream, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { isMainThread } from 'node:worker_threads';
import { InvalidInputError, type RuleOptions, type ServiceEvent, planFromJSON, planStatus } from '../src/index';

/** A task: whole input lines as UTF-8 bytes (no final line end), the first of them numbered `first`. */
export interface Chunk {
  readonly first: number;
  readonly bytes: Uint8Array;
  /** The instant of the status for lines without `at` (`--at`). */
  readonly at?: string;
  /** `--no-messages`: leave the English words out of the statuses. */
  readonly noMessages?: boolean;
}

/** A line reported and skipped. */
export interface Skipped {
  readonly line: number;
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

/** What a worker sends back for a chunk: the output lines as UTF-8 bytes, ready to write, and what it skipped. */
export interface ChunkResult {
  readonly output: Uint8Array;
  readonly statuses: number;
  readonly lines: number;
  readonly blank: number;
  readonly skipped: readonly Skipped[];
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** The status line of one input line, or the reason it is skipped. Other errors are thrown. */
/**
 * The options of planStatus for `--no-messages`: `messages: false` leaves the English words
 * (`message`, `expected`, `received`) out of the status, codes and params stay (issue 11;
 * a library without the option ignores it and keeps the words).
 */
const NO_MESSAGES: RuleOptions & { readonly messages?: boolean } = { messages: false };

function statusLine(text: string, line: number, defaultAt: string | undefined, options: RuleOptions): string | Skipped {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return { line, field: 'line', code: 'invalid-json', message: (error as Error).message };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { line, field: 'line', code: 'wrong-type', message: 'expected a JSON object {"plan": …, "events": […], "at": …}' };
  }
  const record = input as { readonly plan?: unknown; readonly events?: unknown; readonly at?: unknown };
  try {
    const plan = planFromJSON(record.plan);
    // planStatus validates the ledger as ledgerFromJSON does (same fields, `events[3].at`), once.
    const status = planStatus(plan, record.events as readonly ServiceEvent[], (record.at ?? defaultAt) as string, options);
    return `{"line":${line},"serial":${JSON.stringify(plan.serial)},"status":${JSON.stringify(status)}}\n`;
  } catch (error) {
    if (error instanceof InvalidInputError) return { line, field: error.field, code: error.code, message: error.message };
    throw error;
  }
}

/**
 * The worker's task: the statuses of a chunk's lines.
 *
 * @example
 * ```ts
 * statusChunk({ first: 1, bytes: new TextEncoder().encode('{"plan":{…},"events":[],"at":"2026-05-01T12:00:00Z"}\nnot json') });
 * //=> { output: <the bytes of '{"line":1,"serial":"A1","status":{…}}\n'>, statuses: 1, lines: 2, blank: 0,
 * //=>   skipped: [{ line: 2, field: 'line', code: 'invalid-json', message: … }] }
 * ```
 */
export function statusChunk(chunk: Chunk): ChunkResult {
  const lines = decoder.decode(chunk.bytes).split('\n');
  const options = chunk.noMessages === true ? NO_MESSAGES : {};
  let output = '';
  let statuses = 0;
  let blank = 0;
  const skipped: Skipped[] = [];
  for (let n = 0; n < lines.length; n++) {
    const text = (lines[n] as string).trim();
    if (text === '') {
      blank++;
      continue;
    }
    const result = statusLine(text, chunk.first + n, chunk.at, options);
    if (typeof result === 'string') {
      output += result;
      statuses++;
    } else {
      skipped.push(result);
    }
  }
  return { output: encoder.encode(output), statuses, lines: lines.length, blank, skipped };
}

/** The batch's summary (stderr and `--summary`). */
export interface Summary {
  readonly lines: number;
  readonly statuses: number;
  readonly skipped: number;
  readonly blank: number;
  readonly workers: number;
  readonly seconds: number;
  readonly linesPerSecond: number;
  readonly peakRssMB: number;
  /** The main thread's event-loop utilization over the run, 0–1. */
  readonly mainThreadBusy: number;
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

async function main(): Promise<void> {
  const { Piscina } = await import('piscina');
  const { MultiBar, Presets, SingleBar } = await import('cli-progress');
  const args = process.argv.slice(2);
  const valued = new Set(['--out', '--errors', '--workers', '--at', '--chunk-kb', '--summary']);
  const inputPath = args.find((a, n) => !a.startsWith('--') && !valued.has(args[n - 1] ?? '')) ?? '-';
  const workers = Number(option('--workers') ?? availableParallelism());
  const chunkBytes = Number(option('--chunk-kb') ?? 64) * 1024;
  const defaultAt = option('--at');
  const noMessages = args.includes('--no-messages');
  const showProgress = args.includes('--progress') || (process.stderr.isTTY === true && !args.includes('--no-progress'));
  if (!Number.isInteger(workers) || workers < 1 || !(chunkBytes > 0)) {
    console.error('usage: batch-status.ts [input.ndjson | -] [--out file] [--errors file] [--workers n] [--at instant] [--chunk-kb n] [--progress | --no-progress] [--summary file] [--no-messages]');
    process.exit(2);
  }

  const input = inputPath === '-' ? process.stdin : createReadStream(inputPath, { highWaterMark: 64 * 1024 });
  const totalBytes = inputPath === '-' ? undefined : statSync(inputPath).size;
  const outPath = option('--out');
  const out: Writable = outPath === undefined ? process.stdout : createWriteStream(outPath);
  const errorsPath = option('--errors');
  const errors: Writable | undefined = errorsPath === undefined ? undefined : createWriteStream(errorsPath);

  const pool = new Piscina<Chunk, ChunkResult>({
    filename: new URL('./batch-status.worker.mjs', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
  });

  // Progress: bytes done of the input's size (so the time left is known), lines and their rate.
  // On a terminal the bar redraws in place and reports print above it (MultiBar.log); with
  // --progress elsewhere (a CI log) a plain line every five seconds.
  const tty = process.stderr.isTTY === true;
  const barOptions = {
    stream: process.stderr,
    format:
      totalBytes === undefined
        ? 'statuses | {lines} lines | {rate} lines/s | {skipped} skipped'
        : 'statuses {bar} {percentage}% | {lines} lines | {rate} lines/s | {eta_formatted} left | {skipped} skipped',
    noTTYOutput: !tty,
    notTTYSchedule: 5000,
    etaBuffer: 50,
    hideCursor: true,
  };
  const bars = showProgress && tty ? new MultiBar(barOptions, Presets.shades_classic) : undefined;
  const bar = !showProgress
    ? undefined
    : bars !== undefined
      ? bars.create(totalBytes ?? 1, 0, { lines: 0, rate: 0, skipped: 0 })
      : new SingleBar(barOptions, Presets.shades_classic);
  if (bars === undefined) bar?.start(totalBytes ?? 1, 0, { lines: 0, rate: 0, skipped: 0 });
  const report = (text: string): void => {
    if (bars === undefined) process.stderr.write(`${text}\n`);
    else bars.log(`${text}\n`);
  };

  const started = performance.now();
  const elu = performance.eventLoopUtilization();
  let lines = 0;
  let statuses = 0;
  let blank = 0;
  let skippedCount = 0;
  let bytesDone = 0;
  let inFlight = 0;
  let outputBlocked = false;
  let failure: unknown;
  const maxInFlight = 2 * workers;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const changed = (): Promise<void> => new Promise((resolve) => (wake = resolve));

  const write = (stream: Writable, data: string | Uint8Array): void => {
    if (data.length > 0 && !stream.write(data) && !outputBlocked) {
      outputBlocked = true;
      stream.once('drain', () => {
        outputBlocked = false;
        notify();
      });
    }
  };

  const onResult = (bytes: number) => (r: ChunkResult): void => {
    inFlight--;
    write(out, r.output);
    lines += r.lines;
    statuses += r.statuses;
    blank += r.blank;
    skippedCount += r.skipped.length;
    for (const s of r.skipped) {
      if (errors === undefined) report(`line ${s.line}: skipped, ${s.field}: ${s.code} (${s.message})`);
      else write(errors, `${JSON.stringify(s)}\n`);
    }
    bytesDone += bytes;
    const seconds = (performance.now() - started) / 1000;
    bar?.update(totalBytes === undefined ? 0 : bytesDone, { lines, rate: Math.round(lines / seconds), skipped: skippedCount });
    notify();
  };
  const onError = (error: unknown): void => {
    inFlight--;
    failure ??= error;
    notify();
  };

  /** Hands a chunk to the pool, once fewer than the limit are out and the output has drained. */
  let nextLine = 1;
  const dispatch = async (source: Buffer): Promise<void> => {
    while ((inFlight >= maxInFlight || outputBlocked) && failure === undefined) await changed();
    if (failure !== undefined) return;
    inFlight++;
    // A copy of its own (the read buffers are pooled), moved to the worker.
    const bytes = new Uint8Array(source);
    const chunk: Chunk = { first: nextLine, bytes, ...(defaultAt === undefined ? {} : { at: defaultAt }), ...(noMessages ? { noMessages } : {}) };
    nextLine += countNewlines(source) + 1;
    pool.run(chunk, { transferList: [bytes.buffer] }).then(onResult(source.length + 1), onError);
  };

  let pending: Buffer = Buffer.alloc(0);
  for await (const block of input as AsyncIterable<Buffer>) {
    pending = pending.length === 0 ? block : Buffer.concat([pending, block]);
    if (pending.length < chunkBytes) continue;
    const end = pending.lastIndexOf(NEWLINE);
    if (end === -1) continue; // one line longer than a chunk: keep reading until it ends
    await dispatch(pending.subarray(0, end));
    pending = pending.subarray(end + 1);
    if (failure !== undefined) break;
  }
  // The input's last line end ends no line of its own.
  if (pending.at(-1) === NEWLINE) pending = pending.subarray(0, -1);
  if (failure === undefined && pending.length > 0) await dispatch(pending);
  while (inFlight > 0) await changed();
  bar?.update(totalBytes ?? 0, { lines, rate: Math.round(lines / ((performance.now() - started) / 1000)), skipped: skippedCount });
  bars?.stop();
  if (bars === undefined) bar?.stop();
  await pool.destroy();
  if (out !== process.stdout) {
    out.end();
    await finished(out);
  }
  if (errors !== undefined) {
    errors.end();
    await finished(errors);
  }
  if (failure !== undefined) {
    console.error('The batch stopped on an error that is not invalid input:');
    console.error(failure);
    process.exit(1);
  }

  const seconds = (performance.now() - started) / 1000;
  const summary: Summary = {
    lines,
    statuses,
    skipped: skippedCount,
    blank,
    workers,
    seconds,
    linesPerSecond: lines / seconds,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    mainThreadBusy: performance.eventLoopUtilization(elu).utilization,
  };
  console.error(
    `${lines.toLocaleString('en-US')} lines: ${statuses.toLocaleString('en-US')} statuses, ${skippedCount} skipped (invalid), ${blank} blank; ` +
      `${workers} worker${workers === 1 ? '' : 's'}, ${seconds.toFixed(1)} s, ${Math.round(summary.linesPerSecond).toLocaleString('en-US')} lines/s, ` +
      `peak RSS ${summary.peakRssMB.toFixed(0)} MB (main thread and workers), main thread busy ${(100 * summary.mainThreadBusy).toFixed(0)} %`,
  );
  const summaryPath = option('--summary');
  if (summaryPath !== undefined) writeFileSync(summaryPath, `${JSON.stringify(summary)}\n`);
}

const NEWLINE = 10;

function countNewlines(bytes: Buffer): number {
  let count = 0;
  for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) count++;
  return count;
}

// The main thread runs the batch; a worker only imports statusChunk.
if (isMainThread) await main();
