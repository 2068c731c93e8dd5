export const id = 301;
export const ids = [301];
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
/* harmony export */   _: () => (/* binding */ appendToList),
/* harmony export */   e: () => (/* binding */ indentLines)
/* harmony export */ });
/* harmony import */ var _Definition_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8362);
// Appends one element to a bracketed list written in a file (`[ ... ]` in JSON, YAML flow style or
// HCL), keeping the file's indentation and comma style.

function lastSignificant(text, from, to) {
    for (let i = to - 1; i > from; i--)
        if (!/\s/.test(text[i]))
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


/***/ }),

/***/ 7301:
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
    let literal = '';
    let i = start + 1;
    while (i < text.length) {
        const c = text[i];
        if (c === '"')
            return { end: i + 1, parts: [...parts, literal] };
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
            i = skipHole(text, i);
            continue;
        }
        literal += c;
        i++;
    }
    return { end: i, parts: [...parts, literal] };
}
/** The heredoc's end marker when one opens at `i`; leaves HEREDOC.lastIndex after its first line. */
function heredocAt(text, i) {
    HEREDOC.lastIndex = i;
    return HEREDOC.exec(text)?.[2] ?? null;
}
function tokenizeHcl(text) {
    const tokens = [];
    let i = 0;
    const push = (type, start, end, parts) => tokens.push({ type, text: text.slice(start, end), start, end, ...(parts ? { parts } : {}) });
    while (i < text.length) {
        const c = text[i];
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
            const { end, parts } = readString(text, i);
            push('string', i, end, parts);
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
        const next = this.peek();
        if (first.type === 'ident' &&
            next?.type === 'punct' &&
            (next.text === '=' || next.text === ':')) {
            this.p++;
            const value = this.expression();
            const end = value.length ? value[value.length - 1].end : next.end;
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
        while (this.peek() && this.peek().type !== 'newline')
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
        if (value[i].type !== 'ident')
            continue;
        let ref = value[i].text;
        while (value[i + 1]?.text === '.' && value[i + 2]?.type === 'ident') {
            ref += '.' + value[i + 2].text;
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
function holderOf(mod, owner, attr) {
    const text = owner.file.text;
    const docRef = references(attr.value).find((r) => r.startsWith('data.aws_iam_policy_document.'));
    if (docRef) {
        const doc = find(mod, 'data', 'aws_iam_policy_document', docRef.split('.')[2]);
        if (!doc)
            return null;
        return {
            at: doc,
            resource: docRef.split('.').slice(0, 3).join('.'),
            apply: (s) => intoDocument(doc, s)
        };
    }
    const policyRef = references(attr.value).find((r) => r.startsWith('aws_iam_policy.'));
    const policy = policyRef
        ? find(mod, 'resource', 'aws_iam_policy', policyRef.split('.')[1])
        : undefined;
    const policyAttr = policy && attribute(policy.block, 'policy');
    if (policy && policyAttr && policyAttr !== attr)
        return holderOf(mod, policy, policyAttr);
    const heredoc = attr.value.find((t) => t.type === 'heredoc');
    if (heredoc) {
        const list = statementList(text, heredoc.start, heredoc.end);
        if (!list)
            return null;
        return {
            at: null,
            resource: '',
            apply: (s) => (0,listInsert/* appendToList */._)(text, list[0], list[1], (indent, unit) => jsonItem(s, indent, unit))
        };
    }
    if (attr.value[0]?.text === 'jsonencode') {
        const list = hclStatementList(attr.value);
        if (!list)
            return null;
        return {
            at: null,
            resource: '',
            apply: (s) => (0,listInsert/* appendToList */._)(text, list[0], list[1], (indent, unit) => s.map((st) => (0,listInsert/* indentLines */.e)(statementObject(st, unit), indent)).join(',\n' + indent))
        };
    }
    return null;
}
function jsonItem(s, indent, unit) {
    return s
        .map((st) => (0,listInsert/* indentLines */.e)(JSON.stringify(st, null, unit).split('\n'), indent))
        .join(',\n' + indent);
}
/** `[`…`]` offsets of `Statement = [...]` inside a jsonencode expression. */
function hclStatementList(value) {
    for (let i = 0; i + 2 < value.length; i++) {
        const key = value[i].type === 'string' ? value[i].parts?.join('') : value[i].text;
        if (key !== 'Statement' || !['=', ':'].includes(value[i + 1].text) || value[i + 2].text !== '[')
            continue;
        let depth = 0;
        for (let j = i + 2; j < value.length; j++) {
            if (['[', '{', '('].includes(value[j].text))
                depth++;
            else if ([']', '}', ')'].includes(value[j].text) && --depth === 0)
                return [value[i + 2].start, value[j].start];
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
/** A string attribute as a name pattern; `var.x` through the module's caller or the default. */
function namePattern(mod, attr, callers) {
    if (!attr || attr.value.length !== 1)
        return [];
    const [t] = attr.value;
    if (t.type === 'string')
        return [{ name: t.parts ?? [], confidence: 'exact' }];
    const ref = references(attr.value)[0];
    if (!ref?.startsWith('var.'))
        return [];
    const input = ref.split('.')[1];
    const found = callers.flatMap((call) => {
        const v = attribute(call.block, input)?.value;
        return v?.length === 1 && v[0].type === 'string'
            ? [{ name: v[0].parts ?? [], confidence: 'exact', via: call }]
            : [];
    });
    if (found.length)
        return found;
    const variable = mod.blocks.find((b) => b.block.name === 'variable' && b.block.labels[0] === input);
    const def = variable && attribute(variable.block, 'default')?.value;
    return def?.length === 1 && def[0].type === 'string'
        ? [{ name: def[0].parts ?? [], confidence: 'partial' }]
        : [];
}
function refersTo(attr, address) {
    return !!attr && references(attr.value).some((r) => r === address || r.startsWith(address + '.'));
}
async function locateTerraform(files) {
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
    const add = (holds, names, holder, attr, owner, fallbackResource) => {
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
                apply: holder.apply
            });
        }
    };
    for (const mod of modules.values()) {
        const callers = callersOf(mod.dir);
        for (const role of ofType(mod, 'resource', 'aws_iam_role')) {
            const label = role.block.labels[1];
            const address = `aws_iam_role.${label}`;
            const named = attribute(role.block, 'name');
            const prefix = attribute(role.block, 'name_prefix');
            const names = named
                ? namePattern(mod, named, callers)
                : namePattern(mod, prefix, callers).map((n) => ({ ...n, name: [...n.name, null] }));
            if (names.length === 0)
                continue;
            const trust = attribute(role.block, 'assume_role_policy');
            if (trust)
                add('trust', names, holderOf(mod, role, trust), trust, role, `${address}.assume_role_policy`);
            for (const inline of blocks(role.block, 'inline_policy')) {
                const policy = attribute(inline, 'policy');
                if (policy)
                    add('identity', names, holderOf(mod, role, policy), policy, role, `${address}.inline_policy`);
            }
            for (const rp of ofType(mod, 'resource', 'aws_iam_role_policy')) {
                const policy = attribute(rp.block, 'policy');
                if (policy && refersTo(attribute(rp.block, 'role'), address))
                    add('identity', names, holderOf(mod, rp, policy), policy, rp, `aws_iam_role_policy.${rp.block.labels[1]}`);
            }
            for (const att of ofType(mod, 'resource', 'aws_iam_role_policy_attachment')) {
                if (!refersTo(attribute(att.block, 'role'), address))
                    continue;
                const arn = references(attribute(att.block, 'policy_arn')?.value ?? [])[0] ?? '';
                const pol = arn.startsWith('aws_iam_policy.')
                    ? find(mod, 'resource', 'aws_iam_policy', arn.split('.')[1])
                    : undefined;
                const policy = pol && attribute(pol.block, 'policy');
                if (pol && policy)
                    add('identity', names, holderOf(mod, pol, policy), policy, pol, `aws_iam_policy.${pol.block.labels[1]}`);
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
                    add('identity', mine, holderOf(callerMod, call, attr), attr, call, `module.${call.block.labels[0]}`);
                }
            }
        }
        const resourcePolicies = [
            ['aws_s3_bucket_policy', 'bucket', 'bucket'],
            ['aws_ecr_repository_policy', 'repository', 'name']
        ];
        for (const [type, attrName, targetAttr] of resourcePolicies) {
            for (const rp of ofType(mod, 'resource', type)) {
                const policy = attribute(rp.block, 'policy');
                const ref = attribute(rp.block, attrName);
                if (!policy || !ref)
                    continue;
                const refd = references(ref.value)[0];
                const target = refd?.split('.').length >= 2 && refd.split('.')[0] !== 'var'
                    ? find(mod, 'resource', refd.split('.')[0], refd.split('.')[1])
                    : undefined;
                const names = target
                    ? namePattern(mod, attribute(target.block, targetAttr), callers)
                    : namePattern(mod, ref, callers);
                add('resource', names, holderOf(mod, rp, policy), policy, rp, `${type}.${rp.block.labels[1]}`);
            }
        }
    }
    return out;
}


/***/ })

};
