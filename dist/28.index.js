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
/* harmony import */ var _Definition_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8362);
/* harmony import */ var _yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3204);
/* harmony import */ var _yaml_yamlStatements_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8114);



const isTemplate = (text) => /AWSTemplateFormatVersion|AWS::(IAM|Serverless|S3|ECR|SQS|SNS|KMS|SecretsManager)::/.test(text);
/** The name a property gives (literal or !Sub), else the made-up name's logical id. */
function nameOf(props, key, logicalId) {
    const node = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(props, key);
    if (!node)
        return { name: [], generatedFrom: logicalId };
    const s = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .scalar */ .d_)(node);
    if (!s) {
        const sub = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(node, 'Fn::Sub');
        const text = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .scalar */ .d_)(sub)?.value;
        return text ? { name: (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .subPattern */ .NM)(text) } : null;
    }
    if (s.tag === '!Sub')
        return { name: (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .subPattern */ .NM)(s.value) };
    return s.tag ? null : { name: [s.value] };
}
/** The logical id a `!Ref X` / `{Ref: X}` / `!GetAtt X.Arn` points at. */
function refTarget(node) {
    const s = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .scalar */ .d_)(node);
    if (s?.tag === '!Ref')
        return s.value;
    if (s?.tag === '!GetAtt')
        return logicalId(s.value);
    const ref = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .scalar */ .d_)((0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(node, 'Ref'))?.value ?? (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .scalar */ .d_)((0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(node, 'Fn::GetAtt'))?.value;
    return ref ? logicalId(ref) : null;
}
/** `Role.Arn` → `Role`: the part before the first dot (split always yields one). */
function logicalId(ref) {
    return ref.split('.', 1)[0] ?? ref;
}
/** Resource-policy resources pointing at their resource: one row each. */
const POLICY_TYPES = [
    {
        type: 'AWS::S3::BucketPolicy',
        service: 's3',
        pointer: 'Bucket',
        document: 'PolicyDocument',
        nameKey: 'BucketName',
        fromLiteral: (v) => v
    },
    {
        type: 'AWS::SQS::QueuePolicy',
        service: 'sqs',
        pointer: 'Queues',
        document: 'PolicyDocument',
        nameKey: 'QueueName',
        fromLiteral: (v) => v.split('/').pop() ?? v
    },
    {
        type: 'AWS::SNS::TopicPolicy',
        service: 'sns',
        pointer: 'Topics',
        document: 'PolicyDocument',
        nameKey: 'TopicName',
        fromLiteral: (v) => v.split(':').pop() ?? v
    },
    {
        type: 'AWS::SecretsManager::ResourcePolicy',
        service: 'secretsmanager',
        pointer: 'SecretId',
        document: 'ResourcePolicy',
        nameKey: 'Name',
        fromLiteral: (v) => v
    }
];
function templateDefinitions(yaml, file, doc) {
    const resources = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(doc.contents, 'Resources');
    if (!resources || !yaml.isMap(resources))
        return [];
    const byId = new Map();
    for (const pair of resources.items) {
        const id = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .scalar */ .d_)(pair.key)?.value;
        if (id && pair.value)
            byId.set(id, pair.value);
    }
    const out = [];
    const add = (holds, named, seq, resource, at, of = {}) => {
        if (!seq || !yaml.isSeq(seq) || !at.range)
            return;
        out.push({
            kind: 'cloudformation',
            file: file.path,
            line: (0,_Definition_js__WEBPACK_IMPORTED_MODULE_2__/* .lineAt */ .mh)(file.text, at.range[0]),
            endLine: (0,_Definition_js__WEBPACK_IMPORTED_MODULE_2__/* .lineAt */ .mh)(file.text, Math.max(at.range[1] - 1, at.range[0])),
            resource,
            holds,
            name: named.name,
            ...(named.generatedFrom !== undefined ? { generatedFrom: named.generatedFrom } : {}),
            ...of,
            apply: (s) => (0,_yaml_yamlStatements_js__WEBPACK_IMPORTED_MODULE_0__/* .mergeYamlStatements */ .g)(yaml, file.text, seq, s)
        });
    };
    const roleName = (id) => {
        const props = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(byId.get(id), 'Properties');
        return nameOf(props, 'RoleName', id);
    };
    for (const [id, res] of byId) {
        const type = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .scalar */ .d_)((0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(res, 'Type'))?.value;
        const props = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(res, 'Properties');
        if (type === 'AWS::IAM::Role' || type === 'AWS::IAM::User') {
            const isRole = type === 'AWS::IAM::Role';
            const named = isRole ? roleName(id) : nameOf(props, 'UserName', id);
            if (!named)
                continue;
            const of = { principal: isRole ? 'role' : 'user' };
            if (isRole) {
                const trust = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(props, 'AssumeRolePolicyDocument');
                add('trust', named, (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(trust, 'Statement'), `${id}.AssumeRolePolicyDocument`, trust ?? res);
            }
            const policies = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(props, 'Policies');
            for (const p of yaml.isSeq(policies) ? policies.items : []) {
                const doc = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(p, 'PolicyDocument');
                const pname = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .scalar */ .d_)((0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(p, 'PolicyName'))?.value ?? '';
                add('identity', named, (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(doc, 'Statement'), `${id}.Policies${pname ? `[${pname}]` : ''}`, p, of);
            }
        }
        else if (type === 'AWS::IAM::Policy' || type === 'AWS::IAM::ManagedPolicy') {
            for (const [list, principal, nameKey] of [
                ['Roles', 'role', 'RoleName'],
                ['Users', 'user', 'UserName']
            ]) {
                const refs = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(props, list);
                for (const r of yaml.isSeq(refs) ? refs.items : []) {
                    const target = refTarget(r);
                    const named = target && byId.has(target)
                        ? nameOf((0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(byId.get(target), 'Properties'), nameKey, target)
                        : (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .scalar */ .d_)(r) && !(0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .scalar */ .d_)(r).tag
                            ? { name: [(0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .scalar */ .d_)(r).value] }
                            : null;
                    if (named)
                        add('identity', named, (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)((0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(props, 'PolicyDocument'), 'Statement'), id, res, {
                            principal
                        });
                }
            }
        }
        else if (type === 'AWS::Serverless::Function' && !(0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(props, 'Role')) {
            // SAM names the function's role `<stack>-<Function>Role-<random>`.
            const named = { name: [null, `${id}Role`, null] };
            const policies = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(props, 'Policies');
            const inline = yaml.isSeq(policies)
                ? policies.items.find((p) => yaml.isSeq((0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(p, 'Statement')))
                : undefined;
            if (inline)
                add('identity', named, (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(inline, 'Statement'), `${id}.Policies`, inline);
            else if (yaml.isSeq(policies) && !policies.flow) {
                // No inline document yet: a new `- Statement:` item on the function's Policies.
                const seq = policies;
                out.push({
                    kind: 'cloudformation',
                    file: file.path,
                    line: (0,_Definition_js__WEBPACK_IMPORTED_MODULE_2__/* .lineAt */ .mh)(file.text, seq.range[0]),
                    endLine: (0,_Definition_js__WEBPACK_IMPORTED_MODULE_2__/* .lineAt */ .mh)(file.text, seq.range[1] - 1),
                    resource: `${id}.Policies`,
                    holds: 'identity',
                    name: named.name,
                    apply: (s) => (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .appendStatements */ .L2)(yaml, file.text, seq, [{ Statement: s }])
                });
            }
        }
        else if (type === 'AWS::ECR::Repository') {
            const named = nameOf(props, 'RepositoryName', id);
            const doc = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(props, 'RepositoryPolicyText');
            if (named)
                add('resource', named, (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(doc, 'Statement'), id, doc ?? res, { service: 'ecr' });
        }
        else if (type === 'AWS::KMS::Key') {
            // A key is named by its aliases; a denial naming the key by id matches it only as the sole key.
            const aliases = [...byId].filter(([, r]) => (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .scalar */ .d_)((0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(r, 'Type'))?.value === 'AWS::KMS::Alias' &&
                refTarget((0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)((0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(r, 'Properties'), 'TargetKeyId')) === id);
            const names = aliases.flatMap(([aliasId, r]) => {
                const n = nameOf((0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(r, 'Properties'), 'AliasName', aliasId);
                return n && n.generatedFrom === undefined ? [n] : [];
            });
            const doc = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(props, 'KeyPolicy');
            for (const named of names.length ? names : [{ name: [] }])
                add('resource', named, (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(doc, 'Statement'), id, doc ?? res, {
                    service: 'kms',
                    anyName: true
                });
        }
        else {
            const rp = POLICY_TYPES.find((p) => p.type === type);
            if (!rp)
                continue;
            const refs = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(props, rp.pointer);
            const doc = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(props, rp.document);
            for (const r of yaml.isSeq(refs) ? refs.items : [refs]) {
                const target = refTarget(r);
                const literal = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .scalar */ .d_)(r) && !(0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .scalar */ .d_)(r).tag ? (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .scalar */ .d_)(r).value : null;
                const named = target && byId.has(target)
                    ? nameOf((0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(byId.get(target), 'Properties'), rp.nameKey, target)
                    : literal
                        ? { name: [rp.fromLiteral(literal)] }
                        : null;
                if (named)
                    add('resource', named, (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .get */ .Jt)(doc, 'Statement'), id, doc ?? res, { service: rp.service });
            }
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
        const doc = (0,_yaml_yamlEdit_js__WEBPACK_IMPORTED_MODULE_1__/* .parseYaml */ .hN)(yaml, file.text);
        return doc.errors.length ? [] : templateDefinitions(yaml, file, doc);
    });
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
