// The lessons command-line tool (`npm run lessons -- <command>`), run with tsx in Node:
//   check [paths…] [--json]                      validate packs and prove every level
//   solve <pack> <levelId> [--json]              print a minimum-block program (Blockly JSON)
//   run <pack> <levelId> <program.json> [--json] run a Blockly-JSON program headlessly
//   schema                                       write lessons/schema.json
// Human output is in French, or English with --lang en or LANG=en*. Words come from
// src/messages/lessons.ts; the work is done by src/core/lesson (restore) and src/core/solver.
// Exit codes: 0 fine, 1 a check failed (or no solution / a failed run), 2 bad usage or input.

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { isWarning, restorePackText, type RestoreIssue } from '../src/core/lesson/restore';
import { PackFileSchema } from '../src/core/lesson/schema';
import type { Level, Pack } from '../src/core/lesson/types';
import type { WorkspaceState } from '../src/core/program/blockly-json';
import { checkLevelSolution, type LevelProblem, type LevelReport } from '../src/core/solver/check';
import { replay, solve } from '../src/core/solver/solve';
import { formatMessage, translator, type UiLocale } from '../src/messages/format';
import type { MessageKey } from '../src/messages/index';
import { describeIssueMessage } from '../src/messages/lesson-issues';

const ROOT = resolve(import.meta.dirname, '..');
export const LESSONS_DIR = join(ROOT, 'lessons');
export const SCHEMA_FILE = join(LESSONS_DIR, 'schema.json');

// ---- JSON Schema ------------------------------------------------------------------------------

/** The published JSON Schema of pack files, generated from the valibot schema. */
export function packJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(PackFileSchema, { errorMode: 'throw', target: 'draft-07' });
  return { ...schema, $id: 'https://parcours.invalid/lessons/schema.json' };
}

export function packJsonSchemaText(): string {
  return `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
}

// ---- check ------------------------------------------------------------------------------------

export interface CheckJson {
  packs: {
    id: string;
    levels: {
      id: string;
      solvable: boolean | 'unknown';
      optimalBlocks: number | null;
      maxBlocks: number | null;
      locales: string[];
    }[];
  }[];
  errors: { file: string; path: string; message: string }[];
}

export interface CheckOutcome {
  readonly json: CheckJson;
  /** Human report, line by line. */
  readonly lines: readonly string[];
  readonly failed: boolean;
}

/** The pack files a path names: the file itself, or every .json in a folder but the schema. */
export function packFiles(path: string): string[] {
  const absolute = resolve(path);
  if (statSync(absolute).isDirectory()) {
    return readdirSync(absolute)
      .filter((name) => name.endsWith('.json') && name !== 'schema.json')
      .sort()
      .map((name) => join(absolute, name));
  }
  return [absolute];
}

function t(locale: UiLocale, key: MessageKey, values?: Record<string, string | number>): string {
  return formatMessage(locale, key, values);
}

function problemMessage(problem: LevelProblem, locale: UiLocale): string {
  return t(locale, `lessons.check.${problem.code}` as MessageKey, { ...problem.data });
}

/** Warnings that the shipped curriculum may not have: unknown fields and missing translations. */
function strictWarning(issue: RestoreIssue): boolean {
  return issue.code === 'unknown-field' || issue.code === 'missing-translation';
}

export function check(paths: readonly string[], locale: UiLocale): CheckOutcome {
  const started = performance.now();
  const json: CheckJson = { packs: [], errors: [] };
  const lines: string[] = [];
  const seen = new Map<string, string>();
  let levels = 0;
  const error = (file: string, path: string, message: string) => {
    json.errors.push({ file, path, message });
    lines.push(t(locale, 'lessons.cli.error', { file, path, message }));
  };
  for (const path of paths) {
    let files: string[];
    try {
      files = packFiles(path);
    } catch {
      error(path, '', t(locale, 'lessons.cli.unreadable'));
      continue;
    }
    for (const absolute of files) {
      const file = relative(process.cwd(), absolute) || absolute;
      let text: string;
      try {
        text = readFileSync(absolute, 'utf8');
      } catch {
        error(file, '', t(locale, 'lessons.cli.unreadable'));
        continue;
      }
      const restored = restorePackText(text);
      if (!restored.ok) {
        for (const issue of restored.errors)
          error(file, issue.path, describeIssueMessage(issue, translator(locale)));
        continue;
      }
      const { pack } = restored;
      for (const issue of restored.warnings) {
        const message = describeIssueMessage(issue, translator(locale));
        if (strictWarning(issue)) error(file, issue.path, message);
        else if (isWarning(issue))
          lines.push(t(locale, 'lessons.cli.warning', { file, path: issue.path, message }));
      }
      const other = seen.get(pack.id);
      if (other !== undefined)
        error(file, '/id', t(locale, 'lessons.cli.duplicatePack', { id: pack.id }));
      seen.set(pack.id, file);
      lines.push(t(locale, 'lessons.cli.pack', { id: pack.id, file, count: pack.levels.length }));
      const reports = pack.levels.map((level, index) => checkLevelSolution(level, index));
      json.packs.push({ id: pack.id, levels: reports.map(levelJson) });
      levels += reports.length;
      for (const report of reports) reportLevel(report, file, locale, lines, json);
    }
  }
  const failed = json.errors.length > 0;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  lines.push(
    failed
      ? t(locale, 'lessons.cli.summary.failed', { errors: json.errors.length })
      : t(locale, 'lessons.cli.summary.ok', { packs: json.packs.length, levels, seconds }),
  );
  return { json, lines, failed };
}

function levelJson(report: LevelReport): CheckJson['packs'][number]['levels'][number] {
  return {
    id: report.id,
    solvable: report.solvable,
    optimalBlocks: report.optimalBlocks,
    maxBlocks: report.maxBlocks,
    locales: [...report.locales],
  };
}

function reportLevel(
  report: LevelReport,
  file: string,
  locale: UiLocale,
  lines: string[],
  json: CheckJson,
): void {
  if (report.problems.length === 0 && report.optimalBlocks !== null) {
    lines.push(
      t(locale, 'lessons.cli.level.solved', {
        id: report.id,
        optimal: report.optimalBlocks,
        max: report.maxBlocks ?? '∞',
      }),
    );
    return;
  }
  for (const problem of report.problems) {
    const message = problemMessage(problem, locale);
    json.errors.push({ file, path: problem.path, message });
    lines.push(t(locale, 'lessons.cli.level.failed', { id: report.id, message }));
  }
}

// ---- solve and run ----------------------------------------------------------------------------

/** Finds a pack by file path, or by id among the packs of lessons/. */
export function findPack(name: string): Pack | null {
  const candidates: string[] = [];
  try {
    if (statSync(resolve(name)).isFile()) candidates.push(resolve(name));
  } catch {
    // Not a file: look the name up as a pack id.
  }
  if (candidates.length === 0) candidates.push(...packFiles(LESSONS_DIR));
  for (const file of candidates) {
    const restored = restorePackText(readFileSync(file, 'utf8'));
    if (restored.ok && (candidates.length === 1 || restored.pack.id === name)) return restored.pack;
  }
  return null;
}

function findLevel(packName: string, levelId: string): Level | string {
  const pack = findPack(packName);
  if (!pack) return packName;
  return pack.levels.find((level) => level.id === levelId) ?? levelId;
}

function solveCommand(args: readonly string[], json: boolean, locale: UiLocale): number {
  const [packName, levelId] = args;
  if (!packName || !levelId) return usage(locale);
  const level = findLevel(packName, levelId);
  if (typeof level === 'string') {
    console.error(t(locale, 'lessons.cli.notFound', { name: level }));
    return 2;
  }
  const result = solve(level);
  if (json) {
    console.log(
      JSON.stringify({
        pack: packName,
        level: level.id,
        status: result.status,
        blocks: result.status === 'solved' ? result.blocks : null,
        maxBlocks: level.maxBlocks,
        text: result.status === 'solved' ? result.text : null,
        program: result.status === 'solved' ? result.workspace : null,
      }),
    );
  } else if (result.status === 'solved') {
    console.log(t(locale, 'lessons.cli.solution', { count: result.blocks }));
    console.log(`  ${result.text}`);
    console.log(JSON.stringify(result.workspace, null, 2));
  } else if (result.status === 'unsolvable') {
    console.log(
      t(locale, 'lessons.cli.noSolution', { max: level.maxBlocks ?? result.stats.bound }),
    );
  } else {
    console.log(t(locale, 'lessons.cli.unknown'));
  }
  return result.status === 'solved' ? 0 : 1;
}

function runCommand(args: readonly string[], json: boolean, locale: UiLocale): number {
  const [packName, levelId, programFile] = args;
  if (!packName || !levelId || !programFile) return usage(locale);
  const level = findLevel(packName, levelId);
  if (typeof level === 'string') {
    console.error(t(locale, 'lessons.cli.notFound', { name: level }));
    return 2;
  }
  let workspace: WorkspaceState;
  try {
    workspace = JSON.parse(readFileSync(programFile, 'utf8')) as WorkspaceState;
  } catch {
    console.error(t(locale, 'lessons.cli.notFound', { name: programFile }));
    return 2;
  }
  const result = replay(level, workspace);
  if (result.kind === 'compile-error') {
    const first = result.diagnostics.find((diagnostic) => diagnostic.severity === 'error');
    if (json) {
      console.log(
        JSON.stringify({
          outcome: { kind: 'error', code: 'compile' },
          diagnostics: result.diagnostics,
        }),
      );
    } else {
      console.log(
        t(locale, 'lessons.cli.compileError', {
          code: first?.code ?? '?',
          block: first?.blockId ?? '-',
        }),
      );
    }
    return 1;
  }
  const { run } = result;
  const actions = run.transcript.flatMap((entry) => (entry.kind === 'action' ? [entry] : []));
  const steps = actions.length;
  if (json) {
    console.log(
      JSON.stringify({
        outcome: run.outcome,
        finalPose: run.finalPose,
        blockCount: result.blockCount,
        stepCount: steps,
        steps: actions.map(({ index, blockId, action, outcome, pose }) => ({
          index,
          blockId,
          action,
          outcome,
          pose,
        })),
        ticks: run.ticks,
      }),
    );
  } else {
    console.log(
      t(locale, 'lessons.cli.outcome', {
        // ICU select keys cannot hold '-': 'not-reached' is spelled notReached in the catalogue.
        outcome: run.outcome.kind === 'not-reached' ? 'notReached' : run.outcome.kind,
        steps,
        x: run.finalPose.x,
        y: run.finalPose.y,
        heading: run.finalPose.heading,
      }),
    );
  }
  return run.outcome.kind === 'success' ? 0 : 1;
}

// ---- main -------------------------------------------------------------------------------------

function usage(locale: UiLocale): number {
  console.error(t(locale, 'lessons.cli.usage'));
  return 2;
}

export function localeFrom(args: readonly string[], env: NodeJS.ProcessEnv): UiLocale {
  const index = args.indexOf('--lang');
  const asked = index >= 0 ? args[index + 1] : undefined;
  if (asked === 'en' || asked === 'fr') return asked;
  return /^en/i.test(env.LANG ?? '') ? 'en' : 'fr';
}

export function main(argv: readonly string[]): number {
  const locale = localeFrom(argv, process.env);
  const json = argv.includes('--json');
  const args = argv.filter((arg, index) => !arg.startsWith('--') && argv[index - 1] !== '--lang');
  const [command, ...rest] = args;
  switch (command) {
    case 'check': {
      const outcome = check(rest.length > 0 ? rest : [LESSONS_DIR], locale);
      if (json) console.log(JSON.stringify(outcome.json));
      else for (const line of outcome.lines) console.log(line);
      return outcome.failed ? 1 : 0;
    }
    case 'solve':
      return solveCommand(rest, json, locale);
    case 'run':
      return runCommand(rest, json, locale);
    case 'schema':
      writeFileSync(SCHEMA_FILE, packJsonSchemaText());
      console.log(
        t(locale, 'lessons.cli.schemaWritten', { file: relative(process.cwd(), SCHEMA_FILE) }),
      );
      return 0;
    default:
      return usage(locale);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
