// Finds where JSON text first breaks, because Node 20's JSON.parse does not always say.

const OBJECT = 0;
const ARRAY = 1;
// What the scanner expects next: a value, an object key, or what may follow a value.
const VALUE = 0;
const KEY = 1;
const AFTER = 2;

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const ESCAPES = new Set('"\\/bfnrtu');
const LITERALS = ['true', 'false', 'null'];

/**
 * The offset of the first character that makes `text` invalid JSON (RFC 8259), `text.length`
 * when it ends too early, or -1 when it is valid. Run only after JSON.parse has failed.
 * Iterative with an explicit stack, so that `[[[[…` a million deep cannot overflow the call stack.
 */
export function jsonErrorOffset(text: string): number {
  const stack: number[] = [];
  let state: number = VALUE;
  let i = skipSpace(text, 0);
  for (;;) {
    i = skipSpace(text, i);
    const c = text[i];
    if (state === VALUE) {
      if (c === '{' || c === '[') {
        stack.push(c === '{' ? OBJECT : ARRAY);
        i = skipSpace(text, i + 1);
        if (text[i] === (c === '{' ? '}' : ']')) {
          stack.pop();
          i++;
          state = AFTER;
        } else state = c === '{' ? KEY : VALUE;
        continue;
      }
      const end = c === '"' ? scanString(text, i) : c === '-' || isDigit(c) ? scanNumber(text, i) : scanLiteral(text, i);
      if (end < 0) return ~end;
      i = end;
      state = AFTER;
    } else if (state === KEY) {
      if (c !== '"') return i;
      const end = scanString(text, i);
      if (end < 0) return ~end;
      i = skipSpace(text, end);
      if (text[i] !== ':') return i;
      i++;
      state = VALUE;
    } else {
      const top = stack[stack.length - 1];
      if (top === undefined) return i < text.length ? i : -1;
      if (c === ',') {
        i++;
        state = top === OBJECT ? KEY : VALUE;
      } else if (c === (top === OBJECT ? '}' : ']')) {
        stack.pop();
        i++;
      } else return i;
    }
  }
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && WHITESPACE.has(text.charCodeAt(i))) i++;
  return i;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

// The scanners return the offset just past what they read, or ~offset of the error (negative).

function scanString(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    if (i >= text.length) return ~i;
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return ~i;
    if (code === 0x5c) {
      const escape = text[i + 1];
      if (escape === undefined || !ESCAPES.has(escape)) return ~(i + 1);
      if (escape === 'u') {
        for (let h = i + 2; h < i + 6; h++) if (!/[0-9a-fA-F]/.test(text[h] ?? '')) return ~h;
        i += 6;
      } else i += 2;
    } else i++;
  }
}

function scanNumber(text: string, start: number): number {
  let i = start;
  if (text[i] === '-') i++;
  if (text[i] === '0') i++;
  else if (isDigit(text[i])) while (isDigit(text[i])) i++;
  else return ~i;
  if (text[i] === '.') {
    i++;
    if (!isDigit(text[i])) return ~i;
    while (isDigit(text[i])) i++;
  }
  if (text[i] === 'e' || text[i] === 'E') {
    i++;
    if (text[i] === '+' || text[i] === '-') i++;
    if (!isDigit(text[i])) return ~i;
    while (isDigit(text[i])) i++;
  }
  return i;
}

function scanLiteral(text: string, start: number): number {
  const literal = LITERALS.find((word) => word[0] === text[start]);
  if (literal === undefined) return ~start;
  for (let k = 1; k < literal.length; k++) if (text[start + k] !== literal[k]) return ~(start + k);
  return start + literal.length;
}
