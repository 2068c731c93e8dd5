export const id = 159;
export const ids = [159];
export const modules = {

/***/ 8362:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PT: () => (/* binding */ insertAt),
/* harmony export */   mh: () => (/* binding */ lineAt),
/* harmony export */   oY: () => (/* binding */ indentAt)
/* harmony export */ });
/** The line (1-based) of an offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/** The indentation of the line holding `offset`. */
function indentAt(text, offset) {
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(start))[0];
}
/** `text` with `insert` placed at `offset`. */
function insertAt(text, offset, insert) {
    return text.slice(0, offset) + insert + text.slice(offset);
}


/***/ }),

/***/ 9974:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _E: () => (/* binding */ appendToList),
/* harmony export */   eT: () => (/* binding */ indentLines),
/* harmony export */   vH: () => (/* binding */ addToList)
/* harmony export */ });
/* harmony import */ var _Definition_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8362);
// Appends one element to a bracketed list written in a file (`[ ... ]` in JSON, YAML flow style or
// HCL), keeping the file's indentation and comma style.

function lastSignificant(text, from, to) {
    for (let i = to - 1; i > from; i--)
        if (!/\s/.test(text.charAt(i)))
            return i;
    return from;
}
/** The file's indentation step, guessed from the list's own lines; two spaces when unclear. */
function indentUnit(outer, inner) {
    return inner.length > outer.length && inner.startsWith(outer) ? inner.slice(outer.length) : '  ';
}
/** `text` with the element appended before the list's closing bracket at `close`. */
function appendToList(text, open, close, render) {
    const last = lastSignificant(text, open, close);
    const empty = last === open;
    const outer = (0,_Definition_js__WEBPACK_IMPORTED_MODULE_0__/* .indentAt */ .oY)(text, close);
    const firstItem = empty ? -1 : text.slice(open + 1).search(/\S/) + open + 1;
    const inner = empty ? outer + '  ' : (0,_Definition_js__WEBPACK_IMPORTED_MODULE_0__/* .indentAt */ .oY)(text, firstItem);
    const unit = indentUnit(outer, inner);
    const itemIndent = empty || inner.length <= outer.length ? outer + unit : inner;
    const item = render(itemIndent, unit);
    const comma = empty || text[last] === ',' ? '' : ',';
    const closeOnOwnLine = /^[ \t]*$/.test(text.slice(text.lastIndexOf('\n', close - 1) + 1, close));
    if (closeOnOwnLine && !empty) {
        const lineStart = text.lastIndexOf('\n', close - 1) + 1;
        const withItem = text.slice(0, lineStart) + itemIndent + item + '\n' + text.slice(lineStart);
        return withItem.slice(0, last + 1) + comma + withItem.slice(last + 1);
    }
    if (empty) {
        return text.slice(0, open + 1) + '\n' + itemIndent + item + '\n' + outer + text.slice(close);
    }
    return text.slice(0, last + 1) + comma + '\n' + itemIndent + item + text.slice(last + 1);
}
/** Indents every line after the first. */
function indentLines(lines, indent) {
    return lines.map((l, i) => (i === 0 || l === '' ? l : indent + l)).join('\n');
}
/**
 * The edit that appends `items` (already quoted for the syntax) to the list whose brackets are
 * at `open` and `close`: on the same line when the list is written on one line, one per line at
 * the items' indentation otherwise, keeping a trailing comma when the list has one.
 */
function addToList(text, open, close, items) {
    const last = lastSignificant(text, open, close);
    if (last === open)
        return { start: open + 1, end: close, text: items.join(', ') };
    const trailing = text[last] === ',';
    if (!text.slice(open, close).includes('\n')) {
        const insert = trailing ? ` ${items.join(', ')},` : `, ${items.join(', ')}`;
        return { start: last + 1, end: last + 1, text: insert };
    }
    const indent = (0,_Definition_js__WEBPACK_IMPORTED_MODULE_0__/* .indentAt */ .oY)(text, last);
    const lines = items.map((item) => `\n${indent}${item}`);
    const insert = trailing ? lines.map((l) => l + ',').join('') : ',' + lines.join(',');
    return { start: last + 1, end: last + 1, text: insert };
}


/***/ }),

/***/ 2305:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ej: () => (/* binding */ OPAQUE),
/* harmony export */   pS: () => (/* binding */ shapeKey),
/* harmony export */   z9: () => (/* binding */ mergeStatements)
/* harmony export */ });
/* unused harmony export remedyKey */
/** What a statement grants, in a form two syntaxes compare equal; OPAQUE for parts not literal. */
const OPAQUE = Symbol('opaque');
const list = (v) => v === undefined ? [] : Array.isArray(v) ? v : [v];
function hasOpaque(v) {
    if (v === OPAQUE)
        return true;
    if (Array.isArray(v))
        return v.some(hasOpaque);
    if (v && typeof v === 'object')
        return Object.values(v).some(hasOpaque);
    return false;
}
/** Strings of a literal that may be one value or a list (IAM accepts both). */
function strings(v) {
    if (v === undefined)
        return [];
    return (Array.isArray(v) ? v : [v]).map((x) => (typeof x === 'string' ? x : JSON.stringify(x)));
}
const sorted = (v) => [...new Set(v)].sort();
/** `{ "AWS": "a" }` and `{ AWS: ["a"] }` are one principal; `"*"` is `{ AWS: ["*"] }`. */
function principalKey(v) {
    if (v === undefined)
        return {};
    if (typeof v === 'string')
        return { AWS: [v] };
    const out = {};
    for (const [type, ids] of Object.entries(v).sort())
        out[type] = sorted(strings(ids));
    return out;
}
function conditionKey(v) {
    const out = {};
    for (const [op, entries] of Object.entries((v ?? {})).sort()) {
        const inner = {};
        for (const [variable, values] of Object.entries(entries).sort())
            inner[variable.toLowerCase()] = sorted(strings(values));
        out[op] = inner;
    }
    return out;
}
/** Effect, resources, principals and conditions as one comparable string. */
function shapeKey(s) {
    const parts = [s.effect, s.resources, s.principals, s.conditions];
    if (s.negated || parts.some(hasOpaque))
        return null;
    if (s.effect !== undefined && typeof s.effect !== 'string')
        return null;
    if (s.conditions !== undefined &&
        (typeof s.conditions !== 'object' || Array.isArray(s.conditions)))
        return null;
    return JSON.stringify([
        s.effect ?? 'Allow',
        sorted(strings(s.resources)),
        principalKey(s.principals),
        conditionKey(s.conditions)
    ]);
}
function remedyKey(s) {
    return shapeKey({
        effect: s.Effect,
        resources: s.Resource,
        principals: s.Principal,
        conditions: s.Condition
    });
}
/** Longest common prefix of two texts. */
function commonPrefix(a, b) {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i])
        i++;
    return i;
}
/**
 * The text with each statement merged into its matching existing statement, and the rest added
 * by `append` (the syntax's new-statement writer). Falls back to appending every statement when
 * an edit would land inside what `append` changed.
 */
function mergeStatements(text, existing, statements, append) {
    const missing = new Map();
    const rest = [];
    for (const s of statements) {
        const key = s.Effect === 'Deny' ? null : remedyKey(s);
        const match = key === null ? undefined : existing.find((e) => e.key === key);
        if (!match) {
            rest.push(s);
            continue;
        }
        const have = [...match.actions, ...(missing.get(match) ?? [])].map((a) => a.toLowerCase());
        const add = list(s.Action).filter((a) => !have.includes(a.toLowerCase()));
        if (add.length)
            missing.set(match, [...(missing.get(match) ?? []), ...add]);
    }
    const edits = [];
    for (const [statement, actions] of missing) {
        const edit = statement.addActions(actions);
        if (!edit)
            return append(statements);
        edits.push(edit);
    }
    const appended = rest.length ? append(rest) : text;
    if (appended === null)
        return null;
    const untouched = commonPrefix(text, appended);
    if (rest.length && edits.some((e) => e.end >= untouched))
        return append(statements);
    let out = appended;
    for (const e of edits.sort((a, b) => b.start - a.start))
        out = out.slice(0, e.start) + e.text + out.slice(e.end);
    return out;
}


/***/ }),

/***/ 1159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  locateTerraform: () => (/* binding */ locateTerraform)
});

// EXTERNAL MODULE: ./src/iac/Definition.ts
var Definition = __webpack_require__(8362);
// EXTERNAL MODULE: ./src/iac/listInsert.ts
var listInsert = __webpack_require__(9974);
;// CONCATENATED MODULE: ./src/iac/jsonStatements.ts
// The `Statement` list of a policy written as JSON text (a heredoc, a CloudFormation JSON
// template): offsets of its brackets, found by a string-aware scan rather than a regex.
/** Offset of the bracket closing the one at `open`, skipping JSON strings; -1 when unbalanced. */
function matchingBracket(text, open, end = text.length) {
    let depth = 0;
    for (let i = open; i < end; i++) {
        const c = text[i];
        if (c === '"') {
            for (i++; i < end && text[i] !== '"'; i++)
                if (text[i] === '\\')
                    i++;
        }
        else if (c === '[' || c === '{')
            depth++;
        else if ((c === ']' || c === '}') && --depth === 0)
            return i;
    }
    return -1;
}
/** `[open, close]` of the first `"Statement": [` list within [from, to). */
function statementList(text, from, to) {
    const key = /"Statement"\s*:\s*\[/g;
    key.lastIndex = from;
    const m = key.exec(text);
    if (!m || m.index >= to)
        return null;
    const open = m.index + m[0].length - 1;
    const close = matchingBracket(text, open, to);
    return close < 0 ? null : [open, close];
}

;// CONCATENATED MODULE: ./src/iac/terraform/hclTokens.ts
// A tokenizer for HCL (Terraform) that keeps source offsets. We write our own because the
// permissively licensed HCL parsers for JavaScript give no source positions (hcl2-parser returns
// JSON) and the one that does is MPL-2.0; a locator needs only blocks, attributes, strings and
// brackets, which a tokenizer with a small tree builder (hclTree.ts) gives exactly.
const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;
const NUMBER = /[0-9][0-9.eE+-]*/y;
const HEREDOC = /<<(-?)([A-Za-z_][A-Za-z0-9_]*)[ \t]*\r?\n/y;
/** Skips a `${ ... }` or `%{ ... }` template hole starting at `i` (on the `$`); returns its end. */
function skipHole(text, i) {
    let depth = 0;
    for (let j = i + 1; j < text.length; j++) {
        const c = text[j];
        if (c === '{')
            depth++;
        else if (c === '}' && --depth === 0)
            return j + 1;
        else if (c === '"')
            j = readString(text, j).end - 1;
    }
    return text.length;
}
function readString(text, start) {
    const parts = [];
    const holes = [];
    let literal = '';
    let i = start + 1;
    while (i < text.length) {
        const c = text[i];
        if (c === '"')
            return { end: i + 1, parts: [...parts, literal], holes };
        if (c === '\n')
            break;
        if (c === '\\' && i + 1 < text.length) {
            const n = text[i + 1];
            literal += n === 'n' ? '\n' : n === 't' ? '\t' : n;
            i += 2;
            continue;
        }
        if ((c === '$' || c === '%') && text[i + 1] === '{') {
            parts.push(literal, null);
            literal = '';
            const end = skipHole(text, i);
            holes.push(text.slice(i + 2, end - 1).trim());
            i = end;
            continue;
        }
        literal += c;
        i++;
    }
    return { end: i, parts: [...parts, literal], holes };
}
/** The heredoc's end marker when one opens at `i`; leaves HEREDOC.lastIndex after its first line. */
function heredocAt(text, i) {
    HEREDOC.lastIndex = i;
    return HEREDOC.exec(text)?.[2] ?? null;
}
function tokenizeHcl(text) {
    const tokens = [];
    let i = 0;
    const push = (type, start, end, str) => tokens.push({ type, text: text.slice(start, end), start, end, ...(str ?? {}) });
    while (i < text.length) {
        // charAt, not [i]: inside the loop the character always exists, and charAt says so to the compiler.
        const c = text.charAt(i);
        if (c === '\n') {
            push('newline', i, i + 1);
            i++;
        }
        else if (c === ' ' || c === '\t' || c === '\r') {
            i++;
        }
        else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
            while (i < text.length && text[i] !== '\n')
                i++;
        }
        else if (c === '/' && text[i + 1] === '*') {
            const close = text.indexOf('*/', i + 2);
            i = close < 0 ? text.length : close + 2;
        }
        else if (c === '"') {
            const str = readString(text, i);
            const end = str.end;
            push('string', i, end, { parts: str.parts, holes: str.holes });
            i = end;
        }
        else if (c === '<' && text[i + 1] === '<' && heredocAt(text, i)) {
            const marker = heredocAt(text, i);
            let j = HEREDOC.lastIndex;
            // The body ends at a line holding only the marker (indented when `<<-`).
            for (;;) {
                const eol = text.indexOf('\n', j);
                const line = text.slice(j, eol < 0 ? text.length : eol).replace(/\r$/, '');
                if (line.trim() === marker || eol < 0) {
                    j = eol < 0 ? text.length : j + line.length;
                    break;
                }
                j = eol + 1;
            }
            push('heredoc', i, j);
            i = j;
        }
        else if (/[A-Za-z_]/.test(c)) {
            IDENT.lastIndex = i;
            IDENT.test(text);
            push('ident', i, IDENT.lastIndex);
            i = IDENT.lastIndex;
        }
        else if (/[0-9]/.test(c)) {
            NUMBER.lastIndex = i;
            NUMBER.test(text);
            push('number', i, NUMBER.lastIndex);
            i = NUMBER.lastIndex;
        }
        else {
            push('punct', i, i + 1);
            i++;
        }
    }
    return tokens;
}

;// CONCATENATED MODULE: ./src/iac/terraform/hclTree.ts
// Blocks and attributes of an HCL file, with offsets, built from hclTokens. Unknown or broken
// syntax is skipped to the next line: a file we cannot follow just yields fewer definitions.

const OPEN = new Set(['(', '[', '{']);
const CLOSE = new Set([')', ']', '}']);
class Parser {
    tokens;
    p = 0;
    constructor(tokens) {
        this.tokens = tokens;
    }
    peek() {
        return this.tokens[this.p];
    }
    body(nested) {
        const items = [];
        for (let t = this.peek(); t; t = this.peek()) {
            if (t.type === 'newline' || (t.type === 'punct' && t.text === ',')) {
                this.p++;
            }
            else if (t.type === 'punct' && t.text === '}') {
                if (nested)
                    return items;
                this.p++;
            }
            else if (t.type === 'ident' || t.type === 'string') {
                const item = this.item();
                if (item)
                    items.push(item);
            }
            else {
                this.skipLine();
            }
        }
        return items;
    }
    item() {
        const first = this.tokens[this.p++];
        // body() calls item() only on a token it has just peeked.
        if (!first)
            return null;
        const next = this.peek();
        if (first.type === 'ident' &&
            next?.type === 'punct' &&
            (next.text === '=' || next.text === ':')) {
            this.p++;
            const value = this.expression();
            const end = value.at(-1)?.end ?? next.end;
            return { type: 'attribute', name: first.text, value, start: first.start, end };
        }
        const labels = [];
        for (let t = this.peek(); t; t = this.peek()) {
            if (t.type === 'string')
                labels.push(t.parts?.join('') ?? '');
            else if (t.type === 'ident')
                labels.push(t.text);
            else
                break;
            this.p++;
        }
        const open = this.peek();
        if (first.type !== 'ident' || open?.type !== 'punct' || open.text !== '{') {
            this.skipLine();
            return null;
        }
        this.p++;
        const body = this.body(true);
        const close = this.peek();
        if (close)
            this.p++;
        return {
            type: 'block',
            name: first.text,
            labels,
            body,
            start: first.start,
            open: open.start,
            close: close ? close.start : open.start
        };
    }
    expression() {
        const value = [];
        let depth = 0;
        for (let t = this.peek(); t; t = this.peek()) {
            if (t.type === 'newline' && depth === 0)
                break;
            if (t.type === 'punct' && CLOSE.has(t.text)) {
                if (depth === 0)
                    break;
                depth--;
            }
            else if (t.type === 'punct' && OPEN.has(t.text))
                depth++;
            if (t.type !== 'newline')
                value.push(t);
            this.p++;
        }
        return value;
    }
    skipLine() {
        for (let t = this.peek(); t && t.type !== 'newline'; t = this.peek())
            this.p++;
    }
}
function parseHcl(text) {
    const items = new Parser(tokenizeHcl(text)).body(false);
    return items.filter((i) => i.type === 'block');
}
/** The attribute's value as written, or null. */
function attribute(block, name) {
    return block.body.find((i) => i.type === 'attribute' && i.name === name);
}
function blocks(block, name) {
    return block.body.filter((i) => i.type === 'block' && i.name === name);
}
/** Dotted references in an expression: `aws_iam_role.deploy.name` → `aws_iam_role.deploy.name`. */
function references(value) {
    const refs = [];
    for (let i = 0; i < value.length; i++) {
        const head = value[i];
        if (head?.type !== 'ident')
            continue;
        let ref = head.text;
        for (let part = value[i + 2]; value[i + 1]?.text === '.' && part?.type === 'ident'; part = value[i + 2]) {
            ref += '.' + part.text;
            i += 2;
        }
        refs.push(ref);
    }
    return refs;
}

// EXTERNAL MODULE: ./src/remedy/render/escape.ts
var render_escape = __webpack_require__(5870);
;// CONCATENATED MODULE: ./src/iac/terraform/statementHcl.ts

const list = (v) => `[${(Array.isArray(v) ? v : [v]).map(render_escape/* hclString */.ZK).join(', ')}]`;
/** Lines of a `statement { ... }` block, indented by `unit` steps below its own line. */
function statementBlock(s, unit) {
    const attrs = [
        ['sid', (0,render_escape/* hclString */.ZK)(s.Sid)],
        ['effect', (0,render_escape/* hclString */.ZK)(s.Effect)],
        ['actions', list(s.Action)]
    ];
    if (s.Resource !== undefined)
        attrs.push(['resources', list(s.Resource)]);
    const width = Math.max(...attrs.map(([k]) => k.length));
    const lines = ['statement {', ...attrs.map(([k, v]) => `${unit}${k.padEnd(width)} = ${v}`)];
    for (const [type, ids] of Object.entries(s.Principal ?? {})) {
        lines.push(`${unit}principals {`, `${unit}${unit}type        = ${(0,render_escape/* hclString */.ZK)(type)}`, `${unit}${unit}identifiers = ${list(ids)}`, `${unit}}`);
    }
    for (const [test, entries] of Object.entries(s.Condition ?? {})) {
        for (const [variable, values] of Object.entries(entries)) {
            lines.push(`${unit}condition {`, `${unit}${unit}test     = ${(0,render_escape/* hclString */.ZK)(test)}`, `${unit}${unit}variable = ${(0,render_escape/* hclString */.ZK)(variable)}`, `${unit}${unit}values   = ${list(values)}`, `${unit}}`);
        }
    }
    lines.push('}');
    return lines;
}
function value(v, unit) {
    if (typeof v === 'string')
        return [(0,render_escape/* hclString */.ZK)(v)];
    if (Array.isArray(v))
        return [list(v)];
    const entries = Object.entries(v);
    const width = Math.max(...entries.map(([k]) => (0,render_escape/* hclString */.ZK)(k).length));
    const lines = ['{'];
    for (const [k, inner] of entries) {
        const [first, ...rest] = value(inner, unit);
        lines.push(`${unit}${(0,render_escape/* hclString */.ZK)(k).padEnd(width)} = ${first}`, ...rest.map((l) => unit + l));
    }
    lines.push('}');
    return lines;
}
/** Lines of the statement as an HCL object, the form `jsonencode({ Statement = [...] })` takes. */
function statementObject(s, unit) {
    const entries = Object.entries(s).filter(([, v]) => v !== undefined);
    const width = Math.max(...entries.map(([k]) => k.length));
    const lines = ['{'];
    for (const [k, v] of entries) {
        const [first, ...rest] = value(v, unit);
        lines.push(`${unit}${k.padEnd(width)} = ${first}`, ...rest.map((l) => unit + l));
    }
    lines.push('}');
    return lines;
}

// EXTERNAL MODULE: ./src/iac/mergeStatements.ts
var mergeStatements = __webpack_require__(2305);
;// CONCATENATED MODULE: ./src/iac/terraform/hclStatements.ts
// The statements a Terraform policy already has, read from the tokens: `statement` blocks of an
// aws_iam_policy_document and the objects of `jsonencode({ Statement = [...] })`. Only literal
// strings count; a reference or a function call makes the part opaque (never matched).




class NotLiteral extends Error {
}
const CLOSER = { '[': ']', '(': ')', '{': '}' };
/** Reads one value from tokens[i]; returns it and the index after it. */
function readValue(tokens, i) {
    const t = tokens[i];
    if (!t)
        throw new NotLiteral();
    if (t.type === 'string') {
        const holes = t.parts?.some((p) => p === null) ?? true;
        return [
            { t: 'str', value: holes ? null : t.parts.join(''), start: t.start, end: t.end },
            i + 1
        ];
    }
    if (t.text === '[' || t.text === '{') {
        const isList = t.text === '[';
        const items = [];
        const entries = [];
        let j = i + 1;
        for (;;) {
            const n = tokens[j];
            if (!n)
                throw new NotLiteral();
            if (n.text === ',') {
                j++;
                continue;
            }
            if (n.text === CLOSER[t.text]) {
                const close = n.start;
                const v = isList
                    ? { t: 'list', items, open: t.start, close }
                    : { t: 'obj', entries, open: t.start, close };
                return [v, j + 1];
            }
            if (isList) {
                const [v, next] = readValue(tokens, j);
                items.push(v);
                j = next;
            }
            else {
                const key = n.type === 'string' ? n.parts?.join('') : n.type === 'ident' ? n.text : null;
                if (!key || !['=', ':'].includes(tokens[j + 1]?.text ?? ''))
                    throw new NotLiteral();
                const [v, next] = readValue(tokens, j + 2);
                entries.push([key, v]);
                j = next;
            }
        }
    }
    // A reference, a function call or a number: skip it whole.
    let j = i + 1;
    for (;;) {
        const n = tokens[j];
        if (n?.text === '.' && tokens[j + 1])
            j += 2;
        else if (n && CLOSER[n.text] && n.text !== '{') {
            let depth = 0;
            for (const t of tokens.slice(j)) {
                if (CLOSER[t.text])
                    depth++;
                else if (Object.values(CLOSER).includes(t.text) && --depth === 0)
                    break;
                j++;
            }
            j++;
        }
        else
            break;
    }
    return [{ t: 'other' }, j];
}
function literal(v) {
    if (!v)
        return undefined;
    if (v.t === 'str')
        return v.value ?? mergeStatements/* OPAQUE */.ej;
    if (v.t === 'list')
        return v.items.map((i) => literal(i) ?? mergeStatements/* OPAQUE */.ej);
    if (v.t === 'obj')
        return Object.fromEntries(v.entries.map(([k, x]) => [k, literal(x) ?? mergeStatements/* OPAQUE */.ej]));
    return mergeStatements/* OPAQUE */.ej;
}
function strings(v) {
    const l = literal(v);
    const arr = typeof l === 'string' ? [l] : Array.isArray(l) ? l : null;
    return arr && arr.every((a) => typeof a === 'string') ? arr : null;
}
/** The edit adding actions to a string or list value. */
function addTo(text, v, actions) {
    const quoted = actions.map(render_escape/* hclString */.ZK);
    if (v.t === 'list')
        return (0,listInsert/* addToList */.vH)(text, v.open, v.close, quoted);
    if (v.t === 'str')
        return {
            start: v.start,
            end: v.end,
            text: `[${[text.slice(v.start, v.end), ...quoted].join(', ')}]`
        };
    return null;
}
function hclStatements_valueOf(tokens) {
    if (!tokens?.length)
        return undefined;
    try {
        const [v, end] = readValue(tokens, 0);
        return end === tokens.length ? v : { t: 'other' };
    }
    catch {
        return { t: 'other' };
    }
}
/** The `statement` blocks of a data aws_iam_policy_document. */
function documentStatements(text, doc) {
    const out = [];
    for (const st of blocks(doc, 'statement')) {
        const attr = (name) => hclStatements_valueOf(attribute(st, name)?.value);
        const actionsValue = attr('actions');
        const actions = strings(actionsValue);
        if (!actionsValue || !actions)
            continue;
        const principals = {};
        for (const p of blocks(st, 'principals')) {
            const type = literal(hclStatements_valueOf(attribute(p, 'type')?.value));
            const ids = literal(hclStatements_valueOf(attribute(p, 'identifiers')?.value));
            if (typeof type !== 'string' || !Array.isArray(ids))
                principals[''] = mergeStatements/* OPAQUE */.ej;
            else
                principals[type] = [...(principals[type] ?? []), ...ids];
        }
        const conditions = {};
        for (const c of blocks(st, 'condition')) {
            const test = literal(hclStatements_valueOf(attribute(c, 'test')?.value));
            const variable = literal(hclStatements_valueOf(attribute(c, 'variable')?.value));
            const values = literal(hclStatements_valueOf(attribute(c, 'values')?.value)) ?? mergeStatements/* OPAQUE */.ej;
            if (typeof test !== 'string' || typeof variable !== 'string')
                conditions[''] = { '': mergeStatements/* OPAQUE */.ej };
            else
                conditions[test] = { ...(conditions[test] ?? {}), [variable]: values };
        }
        out.push({
            key: (0,mergeStatements/* shapeKey */.pS)({
                effect: literal(attr('effect')),
                resources: literal(attr('resources')),
                principals: Object.keys(principals).length ? principals : undefined,
                conditions: Object.keys(conditions).length ? conditions : undefined,
                negated: ['not_actions', 'not_resources'].some((n) => attribute(st, n)) ||
                    blocks(st, 'not_principals').length > 0
            }),
            actions,
            addActions: (add) => addTo(text, actionsValue, add)
        });
    }
    return out;
}
/** The objects of `Statement = [...]` in `jsonencode({...})`. */
function jsonencodeStatements(text, value) {
    if (value[0]?.text !== 'jsonencode' || value[1]?.text !== '(')
        return [];
    let policy;
    try {
        policy = readValue(value, 2)[0];
    }
    catch {
        return [];
    }
    if (policy.t !== 'obj')
        return [];
    const list = policy.entries.find(([k]) => k === 'Statement')?.[1];
    if (list?.t !== 'list')
        return [];
    const out = [];
    for (const item of list.items) {
        if (item.t !== 'obj')
            continue;
        const get = (k) => item.entries.find(([key]) => key === k)?.[1];
        const action = get('Action');
        const actions = strings(action);
        if (!action || !actions)
            continue;
        out.push({
            key: (0,mergeStatements/* shapeKey */.pS)({
                effect: literal(get('Effect')),
                resources: literal(get('Resource')),
                principals: literal(get('Principal')),
                conditions: literal(get('Condition')),
                negated: ['NotAction', 'NotResource', 'NotPrincipal'].some((k) => get(k) !== undefined)
            }),
            actions,
            addActions: (add) => addTo(text, action, add)
        });
    }
    return out;
}

// EXTERNAL MODULE: ./src/iac/yaml/yamlEdit.ts
var yamlEdit = __webpack_require__(3204);
// EXTERNAL MODULE: ./src/iac/yaml/yamlStatements.ts
var yamlStatements = __webpack_require__(8114);
;// CONCATENATED MODULE: ./src/iac/terraform/locateTerraform.ts









const dirOf = (path) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.');
function normalise(path) {
    const out = [];
    for (const part of path.split('/')) {
        if (part === '..')
            out.pop();
        else if (part !== '.' && part !== '')
            out.push(part);
    }
    return out.join('/') || '.';
}
function find(mod, kind, type, label) {
    return mod.blocks.find((b) => b.block.name === kind && b.block.labels[0] === type && b.block.labels[1] === label);
}
function ofType(mod, kind, type) {
    return mod.blocks.filter((b) => b.block.name === kind && b.block.labels[0] === type);
}
/** Places that can take statements: a policy attribute's value, by its form. */
function holderOf(yaml, mod, owner, attr) {
    const text = owner.file.text;
    const docRef = references(attr.value).find((r) => r.startsWith('data.aws_iam_policy_document.'));
    if (docRef) {
        const [, , label = ''] = docRef.split('.');
        const doc = find(mod, 'data', 'aws_iam_policy_document', label);
        if (!doc)
            return null;
        return {
            at: doc,
            resource: docRef.split('.').slice(0, 3).join('.'),
            apply: (s) => (0,mergeStatements/* mergeStatements */.z9)(doc.file.text, documentStatements(doc.file.text, doc.block), s, (rest) => intoDocument(doc, rest))
        };
    }
    const policyRef = references(attr.value).find((r) => r.startsWith('aws_iam_policy.'));
    const policy = policyRef
        ? find(mod, 'resource', 'aws_iam_policy', policyRef.split('.')[1] ?? '')
        : undefined;
    const policyAttr = policy && attribute(policy.block, 'policy');
    if (policy && policyAttr && policyAttr !== attr)
        return holderOf(yaml, mod, policy, policyAttr);
    const heredoc = attr.value.find((t) => t.type === 'heredoc');
    if (heredoc) {
        const list = statementList(text, heredoc.start, heredoc.end);
        if (!list)
            return null;
        return {
            at: null,
            resource: '',
            apply: (s) => (0,mergeStatements/* mergeStatements */.z9)(text, heredocStatements(yaml, text, heredoc), s, (rest) => (0,listInsert/* appendToList */._E)(text, list[0], list[1], (indent, unit) => jsonItem(rest, indent, unit)))
        };
    }
    if (attr.value[0]?.text === 'jsonencode') {
        const list = hclStatementList(attr.value);
        if (!list)
            return null;
        return {
            at: null,
            resource: '',
            apply: (s) => (0,mergeStatements/* mergeStatements */.z9)(text, jsonencodeStatements(text, attr.value), s, (rest) => (0,listInsert/* appendToList */._E)(text, list[0], list[1], (indent, unit) => rest.map((st) => (0,listInsert/* indentLines */.eT)(statementObject(st, unit), indent)).join(',\n' + indent)))
        };
    }
    return null;
}
function jsonItem(s, indent, unit) {
    return s
        .map((st) => (0,listInsert/* indentLines */.eT)(JSON.stringify(st, null, unit).split('\n'), indent))
        .join(',\n' + indent);
}
/** The statements of a heredoc's JSON, read as YAML (JSON is YAML's flow style) with offsets. */
function heredocStatements(yaml, text, heredoc) {
    if (!yaml)
        return [];
    const bodyStart = text.indexOf('\n', heredoc.start) + 1;
    const bodyEnd = text.lastIndexOf('\n', heredoc.end - 1) + 1;
    if (bodyStart <= 0 || bodyEnd <= bodyStart)
        return [];
    const body = text.slice(bodyStart, bodyEnd);
    const doc = (0,yamlEdit/* parseYaml */.hN)(yaml, body);
    const seq = doc.errors.length ? undefined : (0,yamlEdit/* get */.Jt)(doc.contents, 'Statement');
    return seq && yaml.isSeq(seq) ? (0,yamlStatements/* yamlStatements */.c)(yaml, body, seq, bodyStart) : [];
}
/** `[`…`]` offsets of `Statement = [...]` inside a jsonencode expression. */
function hclStatementList(value) {
    for (const [i, t] of value.entries()) {
        const key = t.type === 'string' ? t.parts?.join('') : t.text;
        const sep = value[i + 1]?.text ?? '';
        const open = value[i + 2];
        if (key !== 'Statement' || !['=', ':'].includes(sep) || open?.text !== '[')
            continue;
        let depth = 0;
        for (const close of value.slice(i + 2)) {
            if (['[', '{', '('].includes(close.text))
                depth++;
            else if ([']', '}', ')'].includes(close.text) && --depth === 0)
                return [open.start, close.start];
        }
    }
    return null;
}
/** New `statement` blocks at the end of an aws_iam_policy_document. */
function intoDocument(doc, statements) {
    const { text } = doc.file;
    const close = doc.block.close;
    const existing = blocks(doc.block, 'statement')[0];
    const outer = (0,Definition/* indentAt */.oY)(text, doc.block.start);
    const inner = existing ? (0,Definition/* indentAt */.oY)(text, existing.start) : outer + '  ';
    const unit = inner.length > outer.length ? inner.slice(outer.length) : '  ';
    const lines = statements.flatMap((s) => ['', ...statementBlock(s, unit).map((l) => inner + l)]);
    const lineStart = text.lastIndexOf('\n', close - 1) + 1;
    if (!/^[ \t]*$/.test(text.slice(lineStart, close)))
        return null;
    return (0,Definition/* insertAt */.PT)(text, lineStart, lines.slice(existing ? 0 : 1).join('\n') + '\n');
}
/** A literal string value (no holes), or null. */
function literalOf(value) {
    const t = value?.length === 1 ? value[0] : undefined;
    return t?.type === 'string' && t.parts && !t.parts.includes(null) ? t.parts.join('') : null;
}
/** What `var.x` (the caller's literal input) or `local.x` (a literal local) holds, or null. */
function resolve(mod, expr, call) {
    const [scope, name, ...rest] = expr.split('.');
    if (rest.length || !name)
        return null;
    if (scope === 'local') {
        for (const b of mod.blocks.filter((x) => x.block.name === 'locals')) {
            const v = literalOf(attribute(b.block, name)?.value);
            if (v !== null)
                return v;
        }
        return null;
    }
    return scope === 'var' && call ? literalOf(attribute(call.block, name)?.value) : null;
}
function defaultOf(mod, expr) {
    const [scope, name] = expr.split('.');
    if (scope !== 'var')
        return null;
    const variable = mod.blocks.find((b) => b.block.name === 'variable' && b.block.labels[0] === name);
    return literalOf(variable && attribute(variable.block, 'default')?.value);
}
/**
 * A name attribute as a pattern: a literal; `var.x` or `local.x` alone; or a template whose
 * `${var.x}` holes are filled from the module's callers (exact) or the defaults (partial). What
 * stays unknown is a hole, matched on the literal parts around it (partial).
 */
function namePattern(mod, attr, callers) {
    if (!attr?.value.length)
        return [];
    const v = attr.value;
    const whole = v.every((t) => t.type === 'ident' || t.text === '.')
        ? v.map((t) => t.text).join('')
        : null;
    if (v.length !== 1 && whole === null)
        return [];
    // The pieces: literal strings and hole expressions.
    const pieces = whole !== null
        ? [{ hole: whole }]
        : v[0]?.type === 'string'
            ? (() => {
                const holes = [...(v[0]?.holes ?? [])];
                return (v[0]?.parts ?? []).map((p) => p === null ? { hole: holes.shift() ?? '' } : { literal: p });
            })()
            : [];
    if (pieces.length === 0)
        return [];
    const build = (call) => {
        let confidence = 'exact';
        const name = [];
        for (const p of pieces) {
            if (p.literal !== undefined) {
                name.push(p.literal);
                continue;
            }
            const r = resolve(mod, p.hole, call);
            if (r !== null) {
                name.push(r);
                continue;
            }
            // A default may be overridden (tfvars, -var): it matches, but only as a candidate.
            confidence = 'partial';
            name.push(defaultOf(mod, p.hole));
        }
        // A name that is all hole says nothing.
        if (name.every((n) => n === null || n === ''))
            return null;
        return { name: mergeLiterals(name), confidence, ...(call ? { via: call } : {}) };
    };
    const usesVar = pieces.some((p) => p.hole?.startsWith('var.'));
    const found = (usesVar && callers.length ? callers : [null]).flatMap((c) => build(c) ?? []);
    return found;
}
/** Adjacent literals joined, so `["a", "b", null]` reads as `["ab", null]`. */
function mergeLiterals(name) {
    const out = [];
    for (const n of name) {
        const last = out[out.length - 1];
        if (n !== null && typeof last === 'string')
            out[out.length - 1] = last + n;
        else
            out.push(n);
    }
    return out;
}
function refersTo(attr, address) {
    return !!attr && references(attr.value).some((r) => r === address || r.startsWith(address + '.'));
}
/** Roles and users, with the resources that put policies on them. */
const PRINCIPALS = [
    {
        type: 'aws_iam_role',
        principal: 'role',
        inline: 'aws_iam_role_policy',
        attachment: 'aws_iam_role_policy_attachment',
        ref: 'role'
    },
    {
        type: 'aws_iam_user',
        principal: 'user',
        inline: 'aws_iam_user_policy',
        attachment: 'aws_iam_user_policy_attachment',
        ref: 'user'
    }
];
/** The last `/` or `:` segment of a literal (a queue URL, a topic ARN) when it has no holes. */
const lastSegment = (n) => n.length === 1 && typeof n[0] === 'string' ? [n[0].split(/[/:]/).pop() ?? n[0]] : n;
/** Resource policies by service: one row each. */
const RESOURCE_POLICIES = [
    {
        service: 's3',
        resource: 'aws_s3_bucket',
        nameAttr: 'bucket',
        policy: { type: 'aws_s3_bucket_policy', ref: 'bucket' },
        fromLiteral: (n) => n
    },
    {
        service: 'ecr',
        resource: 'aws_ecr_repository',
        nameAttr: 'name',
        policy: { type: 'aws_ecr_repository_policy', ref: 'repository' },
        fromLiteral: (n) => n
    },
    {
        service: 'sqs',
        resource: 'aws_sqs_queue',
        nameAttr: 'name',
        policy: { type: 'aws_sqs_queue_policy', ref: 'queue_url' },
        fromLiteral: lastSegment
    },
    {
        service: 'sns',
        resource: 'aws_sns_topic',
        nameAttr: 'name',
        policy: { type: 'aws_sns_topic_policy', ref: 'arn' },
        fromLiteral: lastSegment
    },
    {
        service: 'secretsmanager',
        resource: 'aws_secretsmanager_secret',
        nameAttr: 'name',
        policy: { type: 'aws_secretsmanager_secret_policy', ref: 'secret_arn' },
        fromLiteral: (n) => n
    },
    {
        service: 'kms',
        resource: 'aws_kms_key',
        nameAttr: '',
        policy: { type: 'aws_kms_key_policy', ref: 'key_id' },
        // A key id or key ARN literal: the name a denial spells is `key/<id>`.
        fromLiteral: (n) => n.length === 1 && typeof n[0] === 'string' ? [`key/${n[0].split('key/').pop()}`] : n
    }
];
/** A resource's names: its name attribute, or for a KMS key the aliases that point at it. */
function resourceNames(mod, rp, res, callers) {
    if (rp.service !== 'kms') {
        const named = attribute(res.block, rp.nameAttr);
        const prefix = attribute(res.block, 'name_prefix');
        return named
            ? namePattern(mod, named, callers)
            : namePattern(mod, prefix, callers).map((n) => ({ ...n, name: [...n.name, null] }));
    }
    const address = `aws_kms_key.${res.block.labels[1]}`;
    const aliases = ofType(mod, 'resource', 'aws_kms_alias').filter((a) => refersTo(attribute(a.block, 'target_key_id'), address));
    const names = aliases.flatMap((a) => namePattern(mod, attribute(a.block, 'name'), callers));
    // No name at all still matches (anyName), when the repository has no other key.
    return names.length ? names : [{ name: [], confidence: 'partial' }];
}
async function locateTerraform(files) {
    // Heredoc JSON policies are read with `yaml`, loaded only when a file has a heredoc.
    const yaml = files.some((f) => f.text.includes('<<')) ? await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19)) : null;
    const modules = new Map();
    for (const file of files.filter((f) => f.path.endsWith('.tf'))) {
        const dir = dirOf(file.path);
        const mod = modules.get(dir) ?? { dir, blocks: [] };
        for (const block of parseHcl(file.text))
            mod.blocks.push({ block, file, dir });
        modules.set(dir, mod);
    }
    const callersOf = (dir) => [...modules.values()].flatMap((m) => m.blocks.filter((b) => {
        if (b.block.name !== 'module')
            return false;
        const src = attribute(b.block, 'source')?.value[0];
        const path = src?.type === 'string' ? src.parts?.join('') : undefined;
        return !!path?.startsWith('.') && normalise(`${m.dir}/${path}`) === normalise(dir);
    }));
    const out = [];
    const add = (holds, names, holder, attr, owner, fallbackResource, of = {}) => {
        if (!holder)
            return;
        const at = holder.at ?? owner;
        const start = holder.at ? at.block.start : attr.start;
        const end = holder.at ? at.block.close : attr.end;
        for (const n of names) {
            out.push({
                kind: 'terraform',
                file: at.file.path,
                line: (0,Definition/* lineAt */.mh)(at.file.text, start),
                endLine: (0,Definition/* lineAt */.mh)(at.file.text, end),
                resource: holder.resource || fallbackResource,
                holds,
                name: n.name,
                confidence: n.confidence,
                ...of,
                apply: holder.apply
            });
        }
    };
    for (const mod of modules.values()) {
        const callers = callersOf(mod.dir);
        const policyOf = (owner) => {
            const attr = attribute(owner.block, 'policy');
            return attr ? { attr, holder: holderOf(yaml, mod, owner, attr) } : null;
        };
        for (const p of PRINCIPALS) {
            const of = { principal: p.principal };
            for (const owner of ofType(mod, 'resource', p.type)) {
                const label = owner.block.labels[1];
                const address = `${p.type}.${label}`;
                const named = attribute(owner.block, 'name');
                const prefix = attribute(owner.block, 'name_prefix');
                const names = named
                    ? namePattern(mod, named, callers)
                    : namePattern(mod, prefix, callers).map((n) => ({ ...n, name: [...n.name, null] }));
                if (names.length === 0)
                    continue;
                const trust = attribute(owner.block, 'assume_role_policy');
                if (trust)
                    add('trust', names, holderOf(yaml, mod, owner, trust), trust, owner, `${address}.assume_role_policy`);
                for (const inline of blocks(owner.block, 'inline_policy')) {
                    const policy = attribute(inline, 'policy');
                    if (policy)
                        add('identity', names, holderOf(yaml, mod, owner, policy), policy, owner, `${address}.inline_policy`, of);
                }
                // A module that takes its policy from the caller: the caller's document is the one to change.
                for (const call of callers) {
                    const callerMod = modules.get(call.dir);
                    const mine = names.filter((n) => !('via' in n) || n.via === call);
                    for (const attr of call.block.body) {
                        if (attr.type !== 'attribute' ||
                            !/polic/i.test(attr.name) ||
                            /assume|trust/i.test(attr.name))
                            continue;
                        add('identity', mine, holderOf(yaml, callerMod, call, attr), attr, call, `module.${call.block.labels[0]}`, of);
                    }
                }
            }
            // Policies put on the principal by reference (`role = aws_iam_role.x.name`) or by a literal
            // name (a role defined elsewhere).
            const namesOf = (ref) => {
                const target = references(ref?.value ?? []).find((r) => r.startsWith(`${p.type}.`));
                const owner = target && find(mod, 'resource', p.type, target.split('.')[1] ?? '');
                if (owner) {
                    const named = attribute(owner.block, 'name');
                    const prefix = attribute(owner.block, 'name_prefix');
                    return named
                        ? namePattern(mod, named, callers)
                        : namePattern(mod, prefix, callers).map((n) => ({ ...n, name: [...n.name, null] }));
                }
                return namePattern(mod, ref, callers);
            };
            for (const rp of ofType(mod, 'resource', p.inline)) {
                const policy = policyOf(rp);
                if (policy)
                    add('identity', namesOf(attribute(rp.block, p.ref)), policy.holder, policy.attr, rp, `${p.inline}.${rp.block.labels[1]}`, of);
            }
            for (const att of ofType(mod, 'resource', p.attachment)) {
                const arn = references(attribute(att.block, 'policy_arn')?.value ?? [])[0] ?? '';
                const pol = arn.startsWith('aws_iam_policy.')
                    ? find(mod, 'resource', 'aws_iam_policy', arn.split('.')[1] ?? '')
                    : undefined;
                const policy = pol && policyOf(pol);
                if (pol && policy)
                    add('identity', namesOf(attribute(att.block, p.ref)), policy.holder, policy.attr, pol, `aws_iam_policy.${pol.block.labels[1]}`, of);
            }
        }
        for (const rp of RESOURCE_POLICIES) {
            // The policy written on the resource itself (`aws_sqs_queue.policy`, `aws_kms_key.policy`).
            for (const res of ofType(mod, 'resource', rp.resource)) {
                const policy = policyOf(res);
                if (policy)
                    add('resource', resourceNames(mod, rp, res, callers), policy.holder, policy.attr, res, `${rp.resource}.${res.block.labels[1]}`, { service: rp.service, anyName: rp.service === 'kms' });
            }
            // A separate policy resource pointing at it.
            if (!rp.policy)
                continue;
            for (const pr of ofType(mod, 'resource', rp.policy.type)) {
                const policy = policyOf(pr);
                const ref = attribute(pr.block, rp.policy.ref);
                if (!policy || !ref)
                    continue;
                const refd = references(ref.value).find((r) => r.startsWith(`${rp.resource}.`));
                const target = refd && find(mod, 'resource', rp.resource, refd.split('.')[1] ?? '');
                const names = target
                    ? resourceNames(mod, rp, target, callers)
                    : namePattern(mod, ref, callers).map((n) => ({ ...n, name: rp.fromLiteral(n.name) }));
                add('resource', names, policy.holder, policy.attr, pr, `${rp.policy.type}.${pr.block.labels[1]}`, { service: rp.service, anyName: !!target && rp.service === 'kms' });
            }
        }
    }
    return out;
}


/***/ }),

/***/ 3204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jt: () => (/* binding */ get),
/* harmony export */   L2: () => (/* binding */ appendStatements),
/* harmony export */   NM: () => (/* binding */ subPattern),
/* harmony export */   d_: () => (/* binding */ scalar),
/* harmony export */   hN: () => (/* binding */ parseYaml)
/* harmony export */ });
/* unused harmony export cfnTags */
/* harmony import */ var _Definition_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8362);
/* harmony import */ var _listInsert_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9974);


/** CloudFormation's short-form intrinsics: accepted as tags so templates parse without warnings. */
const INTRINSICS = [
    'Ref',
    'Sub',
    'GetAtt',
    'Join',
    'Select',
    'Split',
    'If',
    'Equals',
    'Not',
    'And',
    'Or',
    'FindInMap',
    'ImportValue',
    'Base64',
    'Cidr',
    'GetAZs',
    'Condition',
    'Transform'
];
function cfnTags() {
    return INTRINSICS.flatMap((name) => [
        { tag: `!${name}`, resolve: (v) => ({ [`Fn::${name}`]: v }) },
        { tag: `!${name}`, collection: 'seq', resolve: (v) => v },
        { tag: `!${name}`, collection: 'map', resolve: (v) => v }
    ]);
}
function parseYaml(yaml, text) {
    return yaml.parseDocument(text, { customTags: cfnTags(), uniqueKeys: false });
}
/** The text after appending the statements to a YAML sequence node. */
function appendStatements(yaml, text, seq, statements) {
    if (!seq.range)
        return null;
    const plain = statements.map((s) => JSON.parse(JSON.stringify(s)));
    if (seq.flow) {
        const open = seq.range[0];
        const close = text.lastIndexOf(']', seq.range[1]);
        if (text[open] !== '[' || close < open)
            return null;
        return (0,_listInsert_js__WEBPACK_IMPORTED_MODULE_0__/* .appendToList */ ._E)(text, open, close, (indent, unit) => plain
            .map((s) => (0,_listInsert_js__WEBPACK_IMPORTED_MODULE_0__/* .indentLines */ .eT)(JSON.stringify(s, null, unit).split('\n'), indent))
            .join(',\n' + indent));
    }
    const items = seq.items;
    const last = items[items.length - 1];
    if (!last?.range)
        return null;
    const dashIndent = (0,_Definition_js__WEBPACK_IMPORTED_MODULE_1__/* .indentAt */ .oY)(text, items[0].range[0]);
    const block = yaml
        .stringify(plain, { indent: 2, lineWidth: 0 })
        .trimEnd()
        .split('\n')
        .map((l) => dashIndent + l)
        .join('\n');
    const end = last.range[1];
    const lineEnd = text.indexOf('\n', Math.max(end - 1, 0));
    if (lineEnd < 0)
        return text + (text.endsWith('\n') ? '' : '\n') + block + '\n';
    return (0,_Definition_js__WEBPACK_IMPORTED_MODULE_1__/* .insertAt */ .PT)(text, lineEnd + 1, block + '\n');
}
/** A key's value node in a map node, or undefined. */
function get(map, key) {
    const m = map;
    if (!m || typeof m !== 'object' || !Array.isArray(m.items))
        return undefined;
    const pair = m.items.find((p) => p.key?.value === key);
    return (pair?.value ?? undefined);
}
/** A scalar's text and tag. */
function scalar(node) {
    const n = node;
    if (!n || typeof n !== 'object' || n.items !== undefined)
        return null;
    if (typeof n.value === 'string')
        return { value: n.value, tag: n.tag };
    // A short-form intrinsic (`!Ref X`) resolves to `{ "Fn::Ref": "X" }` (cfnTags): its text.
    const inner = n.tag && n.value && typeof n.value === 'object' ? Object.values(n.value) : [];
    return inner.length === 1 && typeof inner[0] === 'string' ? { value: inner[0], tag: n.tag } : null;
}
/** `${...}` holes of a !Sub string or a Serverless variable, as a name pattern. */
function subPattern(value) {
    const parts = [];
    let rest = value;
    for (let m = /\$\{[^}]*\}/.exec(rest); m; m = /\$\{[^}]*\}/.exec(rest)) {
        if (rest.startsWith('${!', m.index)) {
            parts.push(rest.slice(0, m.index) + '${' + m[0].slice(3));
        }
        else {
            parts.push(rest.slice(0, m.index), null);
        }
        rest = rest.slice(m.index + m[0].length);
    }
    parts.push(rest);
    return parts;
}


/***/ }),

/***/ 8114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ yamlStatements),
/* harmony export */   g: () => (/* binding */ mergeYamlStatements)
/* harmony export */ });
/* harmony import */ var _Definition_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8362);
/* harmony import */ var _listInsert_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9974);
/* harmony import */ var _mergeStatements_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2305);
/* harmony import */ var _yamlEdit_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3204);




/** A node as a plain value; OPAQUE for tags (`!Sub`, `!Ref`), aliases and intrinsic functions. */
function literal(yaml, node) {
    if (yaml.isScalar(node)) {
        if (node.tag && !node.tag.startsWith('tag:yaml.org'))
            return _mergeStatements_js__WEBPACK_IMPORTED_MODULE_0__/* .OPAQUE */ .ej;
        const v = node.value;
        // `${...}`: a Terraform template, a Serverless variable or a Sub: not known until deployed.
        if (typeof v === 'string')
            return v.includes('${') ? _mergeStatements_js__WEBPACK_IMPORTED_MODULE_0__/* .OPAQUE */ .ej : v;
        return typeof v === 'number' || typeof v === 'boolean' ? String(v) : _mergeStatements_js__WEBPACK_IMPORTED_MODULE_0__/* .OPAQUE */ .ej;
    }
    if (yaml.isSeq(node)) {
        if (node.tag)
            return _mergeStatements_js__WEBPACK_IMPORTED_MODULE_0__/* .OPAQUE */ .ej;
        return node.items.map((i) => literal(yaml, i));
    }
    if (yaml.isMap(node)) {
        if (node.tag)
            return _mergeStatements_js__WEBPACK_IMPORTED_MODULE_0__/* .OPAQUE */ .ej;
        const out = {};
        for (const pair of node.items) {
            const key = literal(yaml, pair.key);
            if (typeof key !== 'string' || key.startsWith('Fn::') || key === 'Ref')
                return _mergeStatements_js__WEBPACK_IMPORTED_MODULE_0__/* .OPAQUE */ .ej;
            out[key] = literal(yaml, pair.value);
        }
        return out;
    }
    return _mergeStatements_js__WEBPACK_IMPORTED_MODULE_0__/* .OPAQUE */ .ej;
}
function pairValue(map, key) {
    const pair = map.items.find((p) => p.key?.value === key);
    return (pair?.value ?? undefined);
}
const quoteLike = (text, first, value) => {
    const raw = first?.range ? text[first.range[0]] : '';
    if (raw === "'")
        return `'${value.replace(/'/g, "''")}'`;
    if (raw === '"' || !/^[A-Za-z0-9][A-Za-z0-9:*._/-]*$/.test(value))
        return JSON.stringify(value);
    return value;
};
/** The edit adding actions to an `Action` node: a sequence (flow or block) or one scalar. */
function addActions(text, node, base, actions) {
    const n = node;
    if (!node.range)
        return null;
    if (Array.isArray(n.items)) {
        const items = n.items;
        if (n.flow) {
            const open = node.range[0];
            const close = text.lastIndexOf(']', node.range[1]);
            if (text[open] !== '[' || close < open)
                return null;
            const edit = (0,_listInsert_js__WEBPACK_IMPORTED_MODULE_1__/* .addToList */ .vH)(text, open, close, actions.map((a) => quoteLike(text, items[0], a)));
            return { ...edit, start: edit.start + base, end: edit.end + base };
        }
        const last = items[items.length - 1];
        const first = items[0];
        if (!last?.range || !first?.range)
            return null;
        const dash = (0,_Definition_js__WEBPACK_IMPORTED_MODULE_2__/* .indentAt */ .oY)(text, first.range[0]);
        const lineEnd = text.indexOf('\n', last.range[1] - 1);
        if (lineEnd < 0)
            return null;
        const lines = actions.map((a) => `${dash}- ${quoteLike(text, items[0], a)}\n`).join('');
        return { start: base + lineEnd + 1, end: base + lineEnd + 1, text: lines };
    }
    const [start, end] = node.range;
    const list = [text.slice(start, end), ...actions.map((a) => JSON.stringify(a))];
    return { start: base + start, end: base + end, text: `[${list.join(', ')}]` };
}
/**
 * The statements of a `Statement` sequence. `base` is the offset of `text` in the file (a
 * heredoc's body); the edits are in file offsets.
 */
function yamlStatements(yaml, text, seq, base = 0) {
    const out = [];
    for (const item of seq.items) {
        if (!yaml.isMap(item))
            continue;
        const get = (k) => pairValue(item, k);
        const action = get('Action');
        if (!action)
            continue;
        const actions = literal(yaml, action);
        const listed = typeof actions === 'string' ? [actions] : Array.isArray(actions) ? actions : [];
        if (!listed.every((a) => typeof a === 'string'))
            continue;
        const opt = (k) => (get(k) === undefined ? undefined : literal(yaml, get(k)));
        out.push({
            key: (0,_mergeStatements_js__WEBPACK_IMPORTED_MODULE_0__/* .shapeKey */ .pS)({
                effect: opt('Effect'),
                resources: opt('Resource'),
                principals: opt('Principal'),
                conditions: opt('Condition'),
                negated: ['NotAction', 'NotResource', 'NotPrincipal'].some((k) => get(k) !== undefined)
            }),
            actions: listed,
            addActions: (add) => addActions(text, action, base, add)
        });
    }
    return out;
}
/** The text with the statements merged into the sequence's matching ones or appended to it. */
function mergeYamlStatements(yaml, text, seq, statements) {
    return (0,_mergeStatements_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeStatements */ .z9)(text, yamlStatements(yaml, text, seq), statements, (s) => (0,_yamlEdit_js__WEBPACK_IMPORTED_MODULE_3__/* .appendStatements */ .L2)(yaml, text, seq, s));
}


/***/ })

};
