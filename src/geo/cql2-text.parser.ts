import {
  bboxPolygon,
  binaryPredicate,
  filterError,
  instantLiteral,
  instantOfString,
  isComparisonOp,
  isSpatialOp,
  isTemporalOp,
  MAX_FILTER_DEPTH,
  type Expr,
  type GeometryValue,
  type Predicate,
} from './cql2.ast';

/**
 * A recursive-descent parser for CQL2 text (OGC 21-065r2, the cql2-text
 * encoding), the subset this API implements: comparisons, LIKE, BETWEEN, IN,
 * IS NULL, AND/OR/NOT, DATE/TIMESTAMP/INTERVAL literals, WKT and BBOX
 * geometry literals, the spatial functions S_* (and S_DWITHIN in metres) and
 * the temporal functions T_INTERSECTS, T_DURING, T_BEFORE, T_AFTER,
 * T_EQUALS, T_DISJOINT. Errors name the 1-based character position.
 */

type TokenType = 'ident' | 'quoted' | 'string' | 'number' | 'punct' | 'end';
interface Token {
  type: TokenType;
  text: string;
  /** 0-based offset in the filter. */
  offset: number;
}

const PUNCTUATION = ['<>', '<=', '>=', '=', '<', '>', '(', ')', ',', '-', '+'];

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const at = (offset: number) => `position ${offset + 1}`;
  while (i < source.length) {
    const c = source[i];
    if (/\s/.test(c)) {
      i += 1;
      continue;
    }
    const start = i;
    if (c === "'") {
      let value = '';
      i += 1;
      for (;;) {
        if (i >= source.length) throw filterError(at(start), 'syntax error: unterminated string literal');
        if (source[i] === "'") {
          if (source[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        value += source[i];
        i += 1;
      }
      tokens.push({ type: 'string', text: value, offset: start });
      continue;
    }
    if (c === '"') {
      const end = source.indexOf('"', i + 1);
      if (end < 0) throw filterError(at(start), 'syntax error: unterminated quoted property name');
      tokens.push({ type: 'quoted', text: source.slice(i + 1, end), offset: start });
      i = end + 1;
      continue;
    }
    const number = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(source.slice(i, i + 64));
    if (number) {
      tokens.push({ type: 'number', text: number[0], offset: start });
      i += number[0].length;
      continue;
    }
    const ident = /^[A-Za-z_][A-Za-z0-9_.:]*/.exec(source.slice(i, i + 256));
    if (ident) {
      tokens.push({ type: 'ident', text: ident[0], offset: start });
      i += ident[0].length;
      continue;
    }
    const punct = PUNCTUATION.find((p) => source.startsWith(p, i));
    if (punct) {
      tokens.push({ type: 'punct', text: punct, offset: start });
      i += punct.length;
      continue;
    }
    throw filterError(at(start), `syntax error: unexpected character ${JSON.stringify(c)}`);
  }
  tokens.push({ type: 'end', text: '', offset: source.length });
  return tokens;
}

const WKT_TYPES: Record<string, string> = {
  POINT: 'Point',
  LINESTRING: 'LineString',
  POLYGON: 'Polygon',
  MULTIPOINT: 'MultiPoint',
  MULTILINESTRING: 'MultiLineString',
  MULTIPOLYGON: 'MultiPolygon',
  GEOMETRYCOLLECTION: 'GeometryCollection',
};

const RESERVED = new Set(['AND', 'OR', 'NOT', 'LIKE', 'BETWEEN', 'IN', 'IS', 'NULL', 'TRUE', 'FALSE']);

class TextParser {
  private index = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[]) {}

  private get token(): Token {
    return this.tokens[this.index];
  }

  private at(token: Token = this.token): string {
    return `position ${token.offset + 1}`;
  }

  private describe(token: Token): string {
    if (token.type === 'end') return 'the end of the filter';
    if (token.type === 'string') return `'${token.text.slice(0, 30)}'`;
    return `"${token.text.slice(0, 30)}"`;
  }

  private fail(expected: string, token: Token = this.token): never {
    throw filterError(this.at(token), `syntax error: expected ${expected}, found ${this.describe(token)}`);
  }

  private next(): Token {
    const token = this.token;
    if (token.type !== 'end') this.index += 1;
    return token;
  }

  private isKeyword(word: string, token: Token = this.token): boolean {
    return token.type === 'ident' && token.text.toUpperCase() === word;
  }

  private isPunct(text: string, token: Token = this.token): boolean {
    return token.type === 'punct' && token.text === text;
  }

  private expectPunct(text: string): Token {
    if (!this.isPunct(text)) this.fail(`"${text}"`);
    return this.next();
  }

  private expectKeyword(word: string): Token {
    if (!this.isKeyword(word)) this.fail(word);
    return this.next();
  }

  private enter(token: Token): void {
    this.depth += 1;
    if (this.depth > MAX_FILTER_DEPTH)
      throw filterError(this.at(token), `nested deeper than ${MAX_FILTER_DEPTH} levels`);
  }

  private leave(): void {
    this.depth -= 1;
  }

  parse(): Predicate {
    const predicate = this.orExpression();
    if (this.token.type !== 'end') this.fail('AND, OR or the end of the filter');
    return predicate;
  }

  private orExpression(): Predicate {
    return this.chain('or', () => this.andExpression());
  }

  private andExpression(): Predicate {
    return this.chain('and', () => this.notExpression());
  }

  /** `operand (AND|OR operand)*`: the operand alone, or the AND/OR of all of them. */
  private chain(kind: 'and' | 'or', operand: () => Predicate): Predicate {
    const first = this.token;
    const args = [operand()];
    while (this.isKeyword(kind.toUpperCase())) {
      this.next();
      args.push(operand());
    }
    return args.length === 1 ? args[0] : { kind, args, at: this.at(first) };
  }

  private notExpression(): Predicate {
    if (this.isKeyword('NOT')) {
      const token = this.next();
      this.enter(token);
      const arg = this.notExpression();
      this.leave();
      return { kind: 'not', arg, at: this.at(token) };
    }
    return this.primary();
  }

  private primary(): Predicate {
    const token = this.token;
    if (this.isPunct('(')) {
      this.next();
      this.enter(token);
      const inner = this.orExpression();
      this.leave();
      this.expectPunct(')');
      return inner;
    }
    if (token.type === 'ident' && this.isPunct('(', this.tokens[this.index + 1])) {
      const name = token.text.toLowerCase();
      if (isSpatialOp(name) || name === 's_dwithin') return this.spatial();
      if (isTemporalOp(name)) return this.temporal();
    }
    const value = this.scalar();
    return this.predicateAfter(value, token);
  }

  /** What follows a scalar: a comparison, LIKE, BETWEEN, IN, IS NULL — or nothing (a boolean). */
  private predicateAfter(value: Expr, first: Token): Predicate {
    const at = this.at(first);
    const token = this.token;
    if (token.type === 'punct' && isComparisonOp(token.text)) {
      this.next();
      return binaryPredicate(token.text, value, this.scalar(), at);
    }
    let negated = false;
    if (this.isKeyword('NOT')) {
      const following = this.tokens[this.index + 1];
      if (!['LIKE', 'BETWEEN', 'IN'].some((w) => this.isKeyword(w, following)))
        this.fail('LIKE, BETWEEN or IN', following);
      this.next();
      negated = true;
    }
    let predicate: Predicate | undefined;
    if (this.isKeyword('LIKE')) {
      this.next();
      predicate = { kind: 'like', value, pattern: this.scalar(), at };
    } else if (this.isKeyword('BETWEEN')) {
      this.next();
      const low = this.scalar();
      this.expectKeyword('AND');
      const high = this.scalar();
      predicate = { kind: 'between', value, low, high, at };
    } else if (this.isKeyword('IN')) {
      this.next();
      predicate = { kind: 'in', value, list: this.list(() => this.scalar()), at };
    } else if (this.isKeyword('IS')) {
      this.next();
      let not = false;
      if (this.isKeyword('NOT')) {
        this.next();
        not = true;
      }
      this.expectKeyword('NULL');
      const isNull: Predicate = { kind: 'isNull', value, at };
      return not ? { kind: 'not', arg: isNull, at } : isNull;
    }
    if (predicate) return negated ? { kind: 'not', arg: predicate, at } : predicate;
    if (value.kind === 'boolean' || value.kind === 'property') return { kind: 'booleanValue', value, at };
    return this.fail('a comparison operator, LIKE, BETWEEN, IN or IS');
  }

  private spatial(): Predicate {
    return this.call((name, at) => {
      const left = this.geometryExpression();
      this.expectPunct(',');
      const right = this.geometryExpression();
      if (!isSpatialOp(name)) {
        this.expectPunct(',');
        return { kind: 'dwithin', left, right, distance: this.scalar(), at };
      }
      return binaryPredicate(name, left, right, at);
    });
  }

  private temporal(): Predicate {
    return this.call((name, at) => {
      const left = this.scalar();
      this.expectPunct(',');
      const right = this.scalar();
      return isTemporalOp(name) ? binaryPredicate(name, left, right, at) : this.fail('a temporal function');
    });
  }

  /** A function call `NAME(…)` (its arguments read by `body`), one level deeper. */
  private call(body: (name: string, at: string) => Predicate): Predicate {
    const token = this.next();
    this.enter(token);
    this.expectPunct('(');
    const predicate = body(token.text.toLowerCase(), this.at(token));
    this.expectPunct(')');
    this.leave();
    return predicate;
  }

  private geometryExpression(): Expr {
    const token = this.token;
    if (token.type === 'ident' && (WKT_TYPES[token.text.toUpperCase()] || token.text.toUpperCase() === 'BBOX')) {
      const following = this.tokens[this.index + 1];
      if (this.isPunct('(', following) || this.isKeyword('EMPTY', following) || this.isKeyword('Z', following))
        return { kind: 'geometry', value: this.geometry(), at: this.at(token) };
    }
    return this.scalar();
  }

  private geometry(): GeometryValue {
    const token = this.next();
    const keyword = token.text.toUpperCase();
    if (this.isKeyword('Z') || this.isKeyword('EMPTY'))
      throw filterError(this.at(), `invalid WKT: only non-empty 2D geometries are accepted`);
    this.enter(token);
    let value: GeometryValue;
    if (keyword === 'BBOX') {
      const numbers = this.list(() => this.number());
      if (numbers.length !== 4)
        throw filterError(this.at(token), `invalid BBOX: expected 4 numbers (2D), got ${numbers.length}`);
      value = bboxPolygon(numbers, this.at(token));
    } else if (keyword === 'GEOMETRYCOLLECTION') {
      value = { type: 'GeometryCollection', geometries: this.list(() => this.collectionMember()) };
    } else {
      value = { type: WKT_TYPES[keyword], coordinates: this.coordinatesOf(keyword, token) };
    }
    this.leave();
    return value;
  }

  private collectionMember(): GeometryValue {
    const token = this.token;
    const keyword = token.type === 'ident' ? token.text.toUpperCase() : '';
    if (!WKT_TYPES[keyword] || keyword === 'GEOMETRYCOLLECTION')
      this.fail('a WKT geometry (POINT, LINESTRING, POLYGON, MULTI…)');
    return this.geometry();
  }

  private coordinatesOf(keyword: string, token: Token): unknown {
    switch (keyword) {
      case 'POINT': {
        this.expectPunct('(');
        const point = this.position();
        this.expectPunct(')');
        return point;
      }
      case 'LINESTRING':
        return this.positionList(2, token);
      case 'POLYGON':
        return this.polygon(token);
      case 'MULTIPOINT':
        // Both MULTIPOINT((1 2), (3 4)) and MULTIPOINT(1 2, 3 4).
        return this.list(() => this.multiPointMember());
      case 'MULTILINESTRING':
        return this.list(() => this.positionList(2, token));
      case 'MULTIPOLYGON':
        return this.list(() => this.polygon(token));
      default:
        return this.fail('a WKT geometry');
    }
  }

  private multiPointMember(): number[] {
    if (!this.isPunct('(')) return this.position();
    this.next();
    const point = this.position();
    this.expectPunct(')');
    return point;
  }

  private list<T>(item: () => T): T[] {
    this.expectPunct('(');
    const items = [item()];
    while (this.isPunct(',')) {
      this.next();
      items.push(item());
    }
    this.expectPunct(')');
    return items;
  }

  private positionList(min: number, token: Token): number[][] {
    const start = this.token;
    const positions = this.list(() => this.position());
    if (positions.length < min)
      throw filterError(this.at(start), `invalid WKT ${token.text.toUpperCase()}: fewer than ${min} positions`);
    return positions;
  }

  private polygon(token: Token): number[][][] {
    return this.list(() => {
      const start = this.token;
      const ring = this.positionList(4, token);
      const [first, last] = [ring[0], ring[ring.length - 1]];
      if (first[0] !== last[0] || first[1] !== last[1])
        throw filterError(
          this.at(start),
          'invalid WKT polygon: a ring is not closed (first and last positions differ)',
        );
      return ring;
    });
  }

  private position(): number[] {
    const x = this.number();
    const y = this.number();
    if (this.token.type === 'number' || this.isPunct('-') || this.isPunct('+'))
      throw filterError(this.at(), 'invalid WKT: only 2D positions (x y) are accepted');
    return [x, y];
  }

  private number(): number {
    const token = this.token;
    let sign = 1;
    if (this.isPunct('-') || this.isPunct('+')) {
      sign = this.next().text === '-' ? -1 : 1;
    }
    if (this.token.type !== 'number') this.fail('a number');
    const value = sign * Number(this.next().text);
    if (!Number.isFinite(value)) throw filterError(this.at(token), 'the number is out of range');
    return value;
  }

  private scalar(): Expr {
    const token = this.token;
    const at = this.at(token);
    if (token.type === 'string') {
      this.next();
      return { kind: 'string', value: token.text, at };
    }
    if (token.type === 'number' || this.isPunct('-') || this.isPunct('+')) {
      return { kind: 'number', value: this.number(), at };
    }
    if (token.type === 'quoted') {
      this.next();
      if (token.text === '') throw filterError(at, 'syntax error: empty property name');
      return { kind: 'property', name: token.text, at };
    }
    if (token.type === 'ident') {
      const upper = token.text.toUpperCase();
      if (upper === 'TRUE' || upper === 'FALSE') {
        this.next();
        return { kind: 'boolean', value: upper === 'TRUE', at };
      }
      if (this.isPunct('(', this.tokens[this.index + 1])) {
        if (upper === 'DATE' || upper === 'TIMESTAMP') {
          this.next();
          this.expectPunct('(');
          const text = this.token;
          if (text.type !== 'string') this.fail(`a quoted ${upper === 'DATE' ? 'date' : 'timestamp'}`);
          this.next();
          this.expectPunct(')');
          return instantLiteral(upper === 'DATE' ? 'date' : 'timestamp', text.text, this.at(text), at);
        }
        if (upper === 'INTERVAL') {
          this.next();
          this.enter(token);
          this.expectPunct('(');
          const start = this.intervalEnd();
          this.expectPunct(',');
          const end = this.intervalEnd();
          this.expectPunct(')');
          this.leave();
          return { kind: 'interval', start, end, at };
        }
        if (WKT_TYPES[upper] || upper === 'BBOX') return { kind: 'geometry', value: this.geometry(), at };
        throw filterError(at, `unsupported function ${token.text.slice(0, 40)}`);
      }
      if (RESERVED.has(upper)) this.fail('a property name or a literal');
      this.next();
      return { kind: 'property', name: token.text, at };
    }
    return this.fail('a property name or a literal');
  }

  /** An INTERVAL end: '..', a date or timestamp string, DATE()/TIMESTAMP(), or a property. */
  private intervalEnd(): Expr | null {
    const token = this.token;
    if (token.type === 'string') {
      this.next();
      return token.text === '..' ? null : instantOfString(token.text, this.at(token));
    }
    return this.scalar();
  }
}

/** Parses a cql2-text filter; BAD_USER_INPUT naming the position otherwise. */
export function parseCql2Text(source: string): Predicate {
  if (source.trim() === '') throw filterError('position 1', 'syntax error: the filter is empty');
  return new TextParser(tokenize(source)).parse();
}
