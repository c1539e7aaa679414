import { describe, expect, it } from 'vitest';
import {
  completion,
  decodeLink,
  emptyProgress,
  encodeLink,
  exportFile,
  FILE_FORMAT,
  isProgressLink,
  parseFile,
  parseStored,
  serialize,
  toggle,
  type Progress,
} from './progress.ts';

const KNOWN = ['math/linear-algebra', 'math/calculus', 'ml-fundamentals/svm', 'pytorch/tensors-autograd'];
const progressOf = (...keys: string[]): Progress => ({ done: new Set(keys) });
const doneOf = (progress: Progress) => [...progress.done];

describe('toggle and completion', () => {
  it('flips a topic, or sets it when told', () => {
    const one = toggle(emptyProgress(), 'math/calculus');
    expect(doneOf(one)).toEqual(['math/calculus']);
    expect(doneOf(toggle(one, 'math/calculus'))).toEqual([]);
    expect(doneOf(toggle(one, 'math/calculus', true))).toEqual(['math/calculus']);
    expect(doneOf(toggle(one, 'math/linear-algebra', false))).toEqual(['math/calculus']);
  });

  it('does not change the progress it was given', () => {
    const before = progressOf('math/calculus');
    toggle(before, 'math/linear-algebra');
    expect(doneOf(before)).toEqual(['math/calculus']);
  });

  it('counts done topics among the given keys, rounding the per cent down', () => {
    const progress = progressOf('math/linear-algebra', 'math/calculus', 'ml-fundamentals/svm');
    expect(completion(progress, KNOWN.slice(0, 2))).toEqual({ done: 2, total: 2, percent: 100 });
    expect(completion(progress, KNOWN)).toEqual({ done: 3, total: 4, percent: 75 });
    expect(completion(progressOf('math/calculus'), ['math/calculus', 'a/b', 'c/d'])).toEqual({ done: 1, total: 3, percent: 33 });
    expect(completion(progress, [])).toEqual({ done: 0, total: 0, percent: 0 });
  });
});

describe('stored progress', () => {
  it('round-trips through serialize and parseStored, in path order', () => {
    const progress = progressOf('ml-fundamentals/svm', 'math/linear-algebra');
    const text = serialize(progress, KNOWN);
    expect(text).toBe('{"version":1,"done":["math/linear-algebra","ml-fundamentals/svm"]}');
    expect(parseStored(text, KNOWN)).toEqual({ progress, notices: [] });
  });

  it('treats nothing saved as empty progress without a notice', () => {
    expect(parseStored(null, KNOWN)).toEqual({ progress: emptyProgress(), notices: [] });
    expect(parseStored('', KNOWN)).toEqual({ progress: emptyProgress(), notices: [] });
  });

  it.each([
    ['not JSON', '{"version":1,"done":['],
    ['a bare list', '["math/calculus"]'],
    ['JSON null', 'null'],
    ['no version', '{"done":["math/calculus"]}'],
    ['done is not a list', '{"version":1,"done":"math/calculus"}'],
    ['done holds non-strings', '{"version":1,"done":[1,2]}'],
  ])('ignores corrupt data (%s) with a notice', (_name, raw) => {
    expect(parseStored(raw, KNOWN)).toEqual({ progress: emptyProgress(), notices: [{ kind: 'corrupt' }] });
  });

  it('ignores data of another version with a notice naming it', () => {
    expect(parseStored('{"version":0,"done":["math/calculus"]}', KNOWN)).toEqual({ progress: emptyProgress(), notices: [{ kind: 'version', version: 0 }] });
    expect(parseStored('{"version":"2"}', KNOWN).notices).toEqual([{ kind: 'version', version: '2' }]);
  });

  it('keeps known topics and counts the unknown ones', () => {
    const result = parseStored('{"version":1,"done":["math/calculus","math/topology","old/topic","math/calculus"]}', KNOWN);
    expect(doneOf(result.progress)).toEqual(['math/calculus']);
    expect(result.notices).toEqual([{ kind: 'unknown-topics', count: 2 }]);
  });
});

describe('exported file', () => {
  const now = new Date('2026-11-22T10:00:00Z');

  it('is readable JSON with the format, version, date and done topics', () => {
    const text = exportFile(progressOf('math/calculus', 'math/linear-algebra'), KNOWN, now);
    expect(JSON.parse(text)).toEqual({ format: FILE_FORMAT, version: 1, exported: '2026-11-22T10:00:00.000Z', done: ['math/linear-algebra', 'math/calculus'] });
    expect(parseFile(text, KNOWN)).toEqual({ progress: progressOf('math/linear-algebra', 'math/calculus'), notices: [] });
  });

  it('rejects a file that is not an exported progress file', () => {
    expect(parseFile('{"version":1,"done":["math/calculus"]}', KNOWN).notices).toEqual([{ kind: 'corrupt' }]);
    expect(parseFile('hello', KNOWN).notices).toEqual([{ kind: 'corrupt' }]);
    expect(parseFile(`{"format":"${FILE_FORMAT}","version":7,"done":[]}`, KNOWN).notices).toEqual([{ kind: 'version', version: 7 }]);
  });

  it('drops topics the path no longer has', () => {
    const result = parseFile(JSON.stringify({ format: FILE_FORMAT, version: 1, done: ['math/calculus', 'math/gone'] }), KNOWN);
    expect(doneOf(result.progress)).toEqual(['math/calculus']);
    expect(result.notices).toEqual([{ kind: 'unknown-topics', count: 1 }]);
  });
});

describe('progress links', () => {
  it('encodes done topic ids in path order, compact and readable', () => {
    expect(encodeLink(progressOf('ml-fundamentals/svm', 'math/linear-algebra'), KNOWN)).toBe('1:linear-algebra.svm');
    expect(encodeLink(emptyProgress(), KNOWN)).toBe('1:');
  });

  it('decodes what it encodes, from a value or a whole hash', () => {
    const progress = progressOf('math/linear-algebra', 'pytorch/tensors-autograd');
    const value = encodeLink(progress, KNOWN);
    expect(decodeLink(value, KNOWN)).toEqual({ progress, notices: [] });
    expect(decodeLink(`#progress=${value}`, KNOWN)).toEqual({ progress, notices: [] });
    expect(decodeLink('progress=1%3Acalculus', KNOWN)).toEqual({ progress: progressOf('math/calculus'), notices: [] });
    expect(decodeLink('1:', KNOWN)).toEqual({ progress: emptyProgress(), notices: [] });
  });

  it('ignores a malformed link with a notice', () => {
    for (const value of ['calculus', '1:Calculus', '1:math/calculus', '%E0%A4%A', 'x:calculus', '']) {
      expect(decodeLink(value, KNOWN), value).toEqual({ progress: emptyProgress(), notices: [{ kind: 'corrupt' }] });
    }
  });

  it('ignores a link of another version and drops unknown topics', () => {
    expect(decodeLink('2:calculus', KNOWN).notices).toEqual([{ kind: 'version', version: 2 }]);
    const result = decodeLink('1:calculus.topology..svm', KNOWN);
    expect(doneOf(result.progress)).toEqual(['math/calculus', 'ml-fundamentals/svm']);
    expect(result.notices).toEqual([{ kind: 'unknown-topics', count: 1 }]);
  });

  it('recognises a progress hash', () => {
    expect(isProgressLink('#progress=1:calculus')).toBe(true);
    expect(isProgressLink('#progress')).toBe(false);
    expect(isProgressLink('#stages')).toBe(false);
  });
});
