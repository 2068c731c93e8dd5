export const id = 28;
export const ids = [28];
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

/***/ 6028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   locateCloudFormation: () => (/* binding */ locateCloudFormation)
/* harmony export */ });
/* harmony import */ var _Definition_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8362);
/* harmony import */ var _yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3204);


const isTemplate = (text) => /AWSTemplateFormatVersion|AWS::(IAM|Serverless|S3|ECR)::/.test(text);
/** The name a property gives (literal or !Sub), else the made-up name's logical id. */
function nameOf(props, key, logicalId) {
    const node = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(props, key);
    if (!node)
        return { name: [], generatedFrom: logicalId };
    const s = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .scalar */ .d_)(node);
    if (!s) {
        const sub = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(node, 'Fn::Sub');
        const text = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .scalar */ .d_)(sub)?.value;
        return text ? { name: (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .subPattern */ .NM)(text) } : null;
    }
    if (s.tag === '!Sub')
        return { name: (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .subPattern */ .NM)(s.value) };
    return s.tag ? null : { name: [s.value] };
}
/** The logical id a `!Ref X` / `{Ref: X}` / `!GetAtt X.Arn` points at. */
function refTarget(node) {
    const s = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .scalar */ .d_)(node);
    if (s?.tag === '!Ref')
        return s.value;
    if (s?.tag === '!GetAtt')
        return s.value.split('.')[0];
    const ref = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .scalar */ .d_)((0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(node, 'Ref'))?.value ?? (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .scalar */ .d_)((0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(node, 'Fn::GetAtt'))?.value;
    return ref ? ref.split('.')[0] : null;
}
function templateDefinitions(yaml, file, doc) {
    const resources = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(doc.contents, 'Resources');
    if (!resources || !yaml.isMap(resources))
        return [];
    const byId = new Map();
    for (const pair of resources.items) {
        const id = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .scalar */ .d_)(pair.key)?.value;
        if (id && pair.value)
            byId.set(id, pair.value);
    }
    const out = [];
    const add = (holds, named, seq, resource, at) => {
        if (!seq || !yaml.isSeq(seq) || !at.range)
            return;
        out.push({
            kind: 'cloudformation',
            file: file.path,
            line: (0,_Definition_js__WEBPACK_IMPORTED_MODULE_1__/* .lineAt */ .mh)(file.text, at.range[0]),
            endLine: (0,_Definition_js__WEBPACK_IMPORTED_MODULE_1__/* .lineAt */ .mh)(file.text, Math.max(at.range[1] - 1, at.range[0])),
            resource,
            holds,
            name: named.name,
            ...(named.generatedFrom !== undefined ? { generatedFrom: named.generatedFrom } : {}),
            apply: (s) => (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .appendStatements */ .L2)(yaml, file.text, seq, s)
        });
    };
    const roleName = (id) => {
        const props = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(byId.get(id), 'Properties');
        return nameOf(props, 'RoleName', id);
    };
    for (const [id, res] of byId) {
        const type = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .scalar */ .d_)((0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(res, 'Type'))?.value;
        const props = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(res, 'Properties');
        if (type === 'AWS::IAM::Role') {
            const named = roleName(id);
            if (!named)
                continue;
            const trust = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(props, 'AssumeRolePolicyDocument');
            add('trust', named, (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(trust, 'Statement'), `${id}.AssumeRolePolicyDocument`, trust ?? res);
            const policies = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(props, 'Policies');
            for (const p of yaml.isSeq(policies) ? policies.items : []) {
                const doc = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(p, 'PolicyDocument');
                const pname = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .scalar */ .d_)((0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(p, 'PolicyName'))?.value ?? '';
                add('identity', named, (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(doc, 'Statement'), `${id}.Policies${pname ? `[${pname}]` : ''}`, p);
            }
        }
        else if (type === 'AWS::IAM::Policy' || type === 'AWS::IAM::ManagedPolicy') {
            const roles = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(props, 'Roles');
            for (const r of yaml.isSeq(roles) ? roles.items : []) {
                const target = refTarget(r);
                const named = target && byId.has(target)
                    ? roleName(target)
                    : (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .scalar */ .d_)(r) && !(0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .scalar */ .d_)(r).tag
                        ? { name: [(0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .scalar */ .d_)(r).value] }
                        : null;
                if (named)
                    add('identity', named, (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)((0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(props, 'PolicyDocument'), 'Statement'), id, res);
            }
        }
        else if (type === 'AWS::Serverless::Function' && !(0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(props, 'Role')) {
            // SAM names the function's role `<stack>-<Function>Role-<random>`.
            const named = { name: [null, `${id}Role`, null] };
            const policies = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(props, 'Policies');
            const inline = yaml.isSeq(policies)
                ? policies.items.find((p) => yaml.isSeq((0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(p, 'Statement')))
                : undefined;
            if (inline)
                add('identity', named, (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(inline, 'Statement'), `${id}.Policies`, inline);
            else if (yaml.isSeq(policies) && !policies.flow) {
                // No inline document yet: a new `- Statement:` item on the function's Policies.
                const seq = policies;
                out.push({
                    kind: 'cloudformation',
                    file: file.path,
                    line: (0,_Definition_js__WEBPACK_IMPORTED_MODULE_1__/* .lineAt */ .mh)(file.text, seq.range[0]),
                    endLine: (0,_Definition_js__WEBPACK_IMPORTED_MODULE_1__/* .lineAt */ .mh)(file.text, seq.range[1] - 1),
                    resource: `${id}.Policies`,
                    holds: 'identity',
                    name: named.name,
                    apply: (s) => (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .appendStatements */ .L2)(yaml, file.text, seq, [{ Statement: s }])
                });
            }
        }
        else if (type === 'AWS::S3::BucketPolicy' || type === 'AWS::ECR::Repository') {
            const isBucket = type === 'AWS::S3::BucketPolicy';
            const target = isBucket ? refTarget((0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(props, 'Bucket')) : id;
            const named = isBucket
                ? target && byId.has(target)
                    ? nameOf((0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(byId.get(target), 'Properties'), 'BucketName', target)
                    : (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .scalar */ .d_)((0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(props, 'Bucket'))
                        ? { name: [(0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .scalar */ .d_)((0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(props, 'Bucket')).value] }
                        : null
                : nameOf(props, 'RepositoryName', id);
            const doc = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(props, isBucket ? 'PolicyDocument' : 'RepositoryPolicyText');
            if (named)
                add('resource', named, (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .get */ .Jt)(doc, 'Statement'), id, doc ?? res);
        }
    }
    return out;
}
async function locateCloudFormation(files) {
    const candidates = files.filter((f) => isTemplate(f.text));
    if (candidates.length === 0)
        return [];
    const yaml = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    return candidates.flatMap((file) => {
        const doc = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYaml */ .hN)(yaml, file.text);
        return doc.errors.length ? [] : templateDefinitions(yaml, file, doc);
    });
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
        return (0,_listInsert_js__WEBPACK_IMPORTED_MODULE_0__/* .appendToList */ ._)(text, open, close, (indent, unit) => plain
            .map((s) => (0,_listInsert_js__WEBPACK_IMPORTED_MODULE_0__/* .indentLines */ .e)(JSON.stringify(s, null, unit).split('\n'), indent))
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
    return typeof n.value === 'string' ? { value: n.value, tag: n.tag } : null;
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


/***/ })

};
