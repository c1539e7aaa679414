/**
 * The reader's learning progress: which topics of the learning path are done. Kept in the
 * browser's localStorage (no server), and moved between machines as a small JSON file or a link.
 * Pure functions only; src/scripts/learn-progress.ts wires them to the page.
 *
 * Topics are named by their key `stage/topic` (`math/linear-algebra`). Data from outside (storage,
 * a file, a link) is never trusted: anything that does not parse, has another version, or names a
 * topic the path no longer has is dropped with a notice for the reader, never an exception.
 */

export const STORAGE_KEY = 'atlas-learn-progress';
export const PROGRESS_VERSION = 1;
/** The `format` field of an exported file, so that any other JSON file is recognised as foreign. */
export const FILE_FORMAT = 'dl-stack-atlas-progress';
export const FILE_NAME = 'dl-stack-atlas-progress.json';
/** The fragment that carries progress in a link: `/learn/#progress=1:linear-algebra.calculus`. */
export const LINK_PREFIX = 'progress=';

/** Done topics, as keys `stage/topic`. Treated as immutable. */
export interface Progress {
  readonly done: ReadonlySet<string>;
}

export type Notice =
  /** The data is not progress at all (bad JSON, wrong shape, wrong file). */
  | { kind: 'corrupt' }
  /** Saved by another version of the site; its format is not read. */
  | { kind: 'version'; version: unknown }
  /** Some topics are not in the learning path any more; they were left out. */
  | { kind: 'unknown-topics'; count: number };

export interface ParseResult {
  progress: Progress;
  notices: Notice[];
}

export const emptyProgress = (): Progress => ({ done: new Set() });

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keeps the known keys of a `done` list, in path order, and counts the rest. */
function readDone(done: unknown, known: readonly string[]): ParseResult {
  if (!Array.isArray(done) || !done.every((key) => typeof key === 'string')) return { progress: emptyProgress(), notices: [{ kind: 'corrupt' }] };
  const given = new Set(done as string[]);
  const kept = known.filter((key) => given.has(key));
  const unknown = [...given].filter((key) => !known.includes(key)).length;
  return { progress: { done: new Set(kept) }, notices: unknown > 0 ? [{ kind: 'unknown-topics', count: unknown }] : [] };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Reads what localStorage holds (`null` when nothing was saved yet). */
export function parseStored(raw: string | null, known: readonly string[]): ParseResult {
  if (raw === null || raw === '') return { progress: emptyProgress(), notices: [] };
  const data = parseJson(raw);
  if (!isRecord(data) || !('version' in data)) return { progress: emptyProgress(), notices: [{ kind: 'corrupt' }] };
  if (data['version'] !== PROGRESS_VERSION) return { progress: emptyProgress(), notices: [{ kind: 'version', version: data['version'] }] };
  return readDone(data['done'], known);
}

/** What localStorage stores: `{"version":1,"done":[...]}`, keys in path order when `known` is given. */
export function serialize(progress: Progress, known?: readonly string[]): string {
  const done = known ? known.filter((key) => progress.done.has(key)) : [...progress.done].sort();
  return JSON.stringify({ version: PROGRESS_VERSION, done });
}

/** Marks one topic done or not done (flips it when `done` is not given). */
export function toggle(progress: Progress, key: string, done?: boolean): Progress {
  const next = new Set(progress.done);
  if (done ?? !next.has(key)) next.add(key);
  else next.delete(key);
  return { done: next };
}

export interface Completion {
  done: number;
  total: number;
  /** Whole per cent, rounded down so that 100 means everything. */
  percent: number;
}

/** How many of `keys` are done. */
export function completion(progress: Progress, keys: readonly string[]): Completion {
  const done = keys.filter((key) => progress.done.has(key)).length;
  return { done, total: keys.length, percent: keys.length === 0 ? 0 : Math.floor((done * 100) / keys.length) };
}

/** The exported file: readable JSON with a format marker and the date. */
export function exportFile(progress: Progress, known: readonly string[], now: Date): string {
  const done = known.filter((key) => progress.done.has(key));
  return `${JSON.stringify({ format: FILE_FORMAT, version: PROGRESS_VERSION, exported: now.toISOString(), done }, null, 2)}\n`;
}

/** Reads an exported file. */
export function parseFile(text: string, known: readonly string[]): ParseResult {
  const data = parseJson(text);
  if (!isRecord(data) || data['format'] !== FILE_FORMAT) return { progress: emptyProgress(), notices: [{ kind: 'corrupt' }] };
  if (data['version'] !== PROGRESS_VERSION) return { progress: emptyProgress(), notices: [{ kind: 'version', version: data['version'] }] };
  return readDone(data['done'], known);
}

const topicOf = (key: string): string => key.slice(key.indexOf('/') + 1);

/**
 * The link form: `1:` and the done topic ids joined by dots (`1:linear-algebra.calculus`). Topic ids
 * are unique across the path and use only `a-z0-9-`, so the value needs no escaping and stays
 * readable; it keeps working when topics are added, unlike a bit set.
 */
export function encodeLink(progress: Progress, known: readonly string[]): string {
  return `${PROGRESS_VERSION}:${known.filter((key) => progress.done.has(key)).map(topicOf).join('.')}`;
}

/** Reads the value of a `#progress=` fragment (with or without the `#progress=` prefix). */
export function decodeLink(value: string, known: readonly string[]): ParseResult {
  let text = value.startsWith('#') ? value.slice(1) : value;
  if (text.startsWith(LINK_PREFIX)) text = text.slice(LINK_PREFIX.length);
  try {
    text = decodeURIComponent(text);
  } catch {
    return { progress: emptyProgress(), notices: [{ kind: 'corrupt' }] };
  }
  const match = /^(\d+):([a-z0-9.-]*)$/.exec(text);
  if (!match) return { progress: emptyProgress(), notices: [{ kind: 'corrupt' }] };
  if (Number(match[1]) !== PROGRESS_VERSION) return { progress: emptyProgress(), notices: [{ kind: 'version', version: Number(match[1]) }] };
  const ids = match[2] ? match[2].split('.').filter(Boolean) : [];
  const byTopic = new Map(known.map((key) => [topicOf(key), key]));
  return readDone(ids.map((id) => byTopic.get(id) ?? id), known);
}

/** True when `hash` (location.hash) carries progress to import. */
export const isProgressLink = (hash: string): boolean => hash.replace(/^#/, '').startsWith(LINK_PREFIX);
