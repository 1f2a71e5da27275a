/**
 * npm run --silent timex -- [--reference YYYY-MM-DD] FILE
 *
 * Prints one JSON array of the time expressions in FILE: {text, start, end, value, precision}, offsets
 * into the file's text read as UTF-8 with a BOM stripped; value null when it needs an unknown reference.
 */
import { readFileSync } from 'node:fs';
import { findTimeExpressions } from './time';
import { parseReference } from './time/calendar';

const USAGE = 'usage: npm run --silent timex -- [--reference YYYY-MM-DD|YYYY-MM|YYYY] FILE';

function fail(message: string): never {
  process.stderr.write(`timex: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { reference: string | null; file: string } {
  let reference: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg === '--reference' || arg.startsWith('--reference=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (value === undefined) fail(`--reference needs a date (YYYY-MM-DD, YYYY-MM or YYYY)\n${USAGE}`);
      if (!parseReference(value)) fail(`bad --reference "${value}": expected a real date as YYYY-MM-DD, YYYY-MM or YYYY`);
      reference = value.trim();
    } else if (arg.startsWith('--')) {
      fail(`unknown option ${arg}\n${USAGE}`);
    } else {
      files.push(arg);
    }
  }
  if (files.length !== 1) fail(files.length === 0 ? `no FILE given\n${USAGE}` : `expected one FILE, got ${files.length}`);
  return { reference, file: files[0] };
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') fail(`no such file: ${file}`);
    if (code === 'EISDIR') fail(`is a directory, not a file: ${file}`);
    if (code === 'EACCES') fail(`permission denied: ${file}`);
    fail(`cannot read ${file}: ${(err as Error).message}`);
  }
}

const { reference, file } = parseArgs(process.argv.slice(2));
const text = readText(file);
const expressions = findTimeExpressions(text, reference).map(({ text, start, end, value, precision }) => ({
  text,
  start,
  end,
  value,
  precision,
}));
process.stdout.write(`${JSON.stringify(expressions, null, 2)}\n`);
