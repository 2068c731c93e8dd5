export const id = 938;
export const ids = [938];
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

/***/ 9938:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  locateCdk: () => (/* binding */ locateCdk)
});

// EXTERNAL MODULE: ./src/remedy/render/escape.ts
var render_escape = __webpack_require__(5870);
// EXTERNAL MODULE: ./src/iac/Definition.ts
var Definition = __webpack_require__(8362);
// EXTERNAL MODULE: ./src/iac/mergeStatements.ts
var mergeStatements = __webpack_require__(2305);
// EXTERNAL MODULE: ./src/iac/listInsert.ts
var listInsert = __webpack_require__(9974);
;// CONCATENATED MODULE: ./src/iac/cdk/cdkStatements.ts
// The statements a CDK role already gets (`new iam.PolicyStatement({...})` passed to its
// addToPolicy, directly or through a const), read from Babel's AST; and the edit adding actions
// to one's `actions` array in the file's quote style.



function keyName(p) {
    const k = p.key;
    if (p.computed)
        return null;
    if (k.type === 'Identifier')
        return k.name;
    if (k.type === 'StringLiteral')
        return k.value;
    return null;
}
function literal(n) {
    if (!n)
        return mergeStatements/* OPAQUE */.ej;
    if (n.type === 'StringLiteral')
        return n.value;
    if (n.type === 'TemplateLiteral' && n.expressions.length === 0)
        return (n.quasis[0]?.value).cooked;
    if (n.type === 'ArrayExpression')
        return n.elements.map((e) => literal(e ?? undefined));
    if (n.type === 'ObjectExpression') {
        const out = {};
        for (const p of n.properties) {
            const key = p.type === 'ObjectProperty' ? keyName(p) : null;
            if (key === null)
                return mergeStatements/* OPAQUE */.ej;
            out[key] = literal(p.value);
        }
        return out;
    }
    // `iam.Effect.ALLOW` / `Effect.DENY`
    if (n.type === 'MemberExpression' && n.property.type === 'Identifier') {
        const name = n.property.name;
        return name === 'ALLOW' ? 'Allow' : name === 'DENY' ? 'Deny' : mergeStatements/* OPAQUE */.ej;
    }
    return mergeStatements/* OPAQUE */.ej;
}
/** The properties object of a `new PolicyStatement({...})`, or null. */
function statementProps(n) {
    if (n?.type !== 'NewExpression')
        return null;
    const c = n.callee;
    const name = c.type === 'Identifier'
        ? c.name
        : c.type === 'MemberExpression'
            ? c.property.name
            : null;
    const arg = n.arguments[0];
    return name === 'PolicyStatement' && arg?.type === 'ObjectExpression' ? arg : null;
}
function cdkStatement(text, props) {
    const byName = new Map();
    for (const p of props.properties) {
        const key = p.type === 'ObjectProperty' ? keyName(p) : null;
        if (key === null)
            return null;
        byName.set(key, p.value);
    }
    const actions = byName.get('actions');
    const listed = literal(actions);
    if (actions?.type !== 'ArrayExpression' || !Array.isArray(listed))
        return null;
    if (!listed.every((a) => typeof a === 'string'))
        return null;
    const opt = (k) => (byName.has(k) ? literal(byName.get(k)) : undefined);
    const first = actions.elements[0];
    const quote = (a) => first && text[first.start] === '"' ? JSON.stringify(a) : (0,render_escape/* tsString */.JS)(a);
    return {
        key: (0,mergeStatements/* shapeKey */.pS)({
            effect: opt('effect'),
            resources: opt('resources'),
            principals: byName.has('principals') ? mergeStatements/* OPAQUE */.ej : undefined,
            conditions: opt('conditions'),
            negated: ['notActions', 'notResources', 'notPrincipals'].some((k) => byName.has(k))
        }),
        actions: listed,
        addActions: (add) => (0,listInsert/* addToList */.vH)(text, actions.start, actions.end - 1, add.map(quote))
    };
}

// EXTERNAL MODULE: ./src/iac/generatedName.ts
var generatedName = __webpack_require__(9529);
;// CONCATENATED MODULE: ./src/iac/cdk/cdkGrants.ts

const S3_READ = ['s3:GetObject*', 's3:GetBucket*', 's3:List*'];
const S3_PUT = [
    's3:PutObject',
    's3:PutObjectLegalHold',
    's3:PutObjectRetention',
    's3:PutObjectTagging',
    's3:PutObjectVersionTagging',
    's3:Abort*'
];
const S3_DELETE = ['s3:DeleteObject*'];
const DDB_READ = [
    'dynamodb:BatchGetItem',
    'dynamodb:GetRecords',
    'dynamodb:GetShardIterator',
    'dynamodb:Query',
    'dynamodb:GetItem',
    'dynamodb:Scan',
    'dynamodb:ConditionCheckItem',
    'dynamodb:DescribeTable'
];
const DDB_WRITE = [
    'dynamodb:BatchWriteItem',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:DescribeTable'
];
const SQS_SEND = ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'];
const SQS_CONSUME = [
    'sqs:ReceiveMessage',
    'sqs:ChangeMessageVisibility',
    'sqs:GetQueueUrl',
    'sqs:DeleteMessage',
    'sqs:GetQueueAttributes'
];
/** The grants of aws-cdk-lib's L2 constructs with the actions each gives. */
const FAMILIES = [
    {
        classes: ['Bucket'],
        service: 's3',
        nameProp: 'bucketName',
        nameOf: (r) => r.split('/')[0] ?? r,
        grants: [
            { method: 'grantRead', actions: S3_READ },
            { method: 'grantPut', actions: S3_PUT },
            { method: 'grantDelete', actions: S3_DELETE },
            { method: 'grantWrite', actions: [...S3_PUT, ...S3_DELETE] },
            { method: 'grantReadWrite', actions: [...S3_READ, ...S3_PUT, ...S3_DELETE] }
        ]
    },
    {
        classes: ['Table', 'TableV2'],
        service: 'dynamodb',
        nameProp: 'tableName',
        nameOf: (r) => r.replace(/^table\//, '').split('/')[0] ?? r,
        grants: [
            { method: 'grantReadData', actions: DDB_READ },
            { method: 'grantWriteData', actions: DDB_WRITE },
            { method: 'grantReadWriteData', actions: [...DDB_READ, ...DDB_WRITE] }
        ]
    },
    {
        classes: ['Queue'],
        service: 'sqs',
        nameProp: 'queueName',
        nameOf: (r) => r,
        grants: [
            { method: 'grantSendMessages', actions: SQS_SEND },
            { method: 'grantConsumeMessages', actions: SQS_CONSUME }
        ]
    },
    {
        classes: ['Topic'],
        service: 'sns',
        nameProp: 'topicName',
        nameOf: (r) => r,
        grants: [{ method: 'grantPublish', actions: ['sns:Publish'] }]
    },
    {
        classes: ['Secret'],
        service: 'secretsmanager',
        nameProp: 'secretName',
        nameOf: (r) => r.replace(/^secret:/, '').replace(/-[A-Za-z0-9]{6}$/, ''),
        grants: [
            {
                method: 'grantRead',
                actions: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret']
            }
        ]
    },
    {
        classes: ['Function'],
        service: 'lambda',
        nameProp: 'functionName',
        nameOf: (r) => r.replace(/^function:/, '').split(':')[0] ?? r,
        grants: [{ method: 'grantInvoke', actions: ['lambda:InvokeFunction'] }]
    }
];
function covers(patterns, action) {
    return patterns.some((p) => {
        const re = p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
        return new RegExp(`^${re}$`, 'i').test(action);
    });
}
const list = (v) => v === undefined ? [] : Array.isArray(v) ? v : [v];
/** `construct.grantX` for an Allow statement on one construct of the file, or null. */
function grantFor(s, constructs) {
    if (s.Effect !== 'Allow' || s.Condition || s.Principal)
        return null;
    const arns = list(s.Resource);
    const parsed = arns.map((a) => /^arn:[^:]+:([^:]+):[^:]*:[^:]*:(.+)$/.exec(a));
    if (!parsed.length || parsed.some((p) => !p))
        return null;
    const service = parsed[0]?.[1];
    const family = FAMILIES.find((f) => f.service === service);
    if (!family || parsed.some((p) => p?.[1] !== service))
        return null;
    const names = new Set(parsed.map((p) => family.nameOf(p?.[2] ?? '')));
    const [name] = names;
    if (names.size !== 1 || name === undefined)
        return null;
    const construct = constructs.find((c) => family.classes.includes(c.cls) &&
        (c.name !== null ? c.name === name : (0,generatedName/* matchGenerated */.r)(c.id.toLowerCase(), name.toLowerCase())));
    const grant = family.grants.find((g) => list(s.Action).every((a) => covers(g.actions, a)));
    return construct && grant ? `${construct.bind}.${grant.method}` : null;
}

;// CONCATENATED MODULE: ./src/iac/cdk/locateCdk.ts






function walk(node, visit, parent = null) {
    if (Array.isArray(node)) {
        for (const n of node)
            walk(n, visit, parent);
        return;
    }
    if (!node || typeof node !== 'object' || typeof node.type !== 'string')
        return;
    const n = node;
    visit(n, parent);
    for (const [key, value] of Object.entries(n)) {
        if (key !== 'loc' && key !== 'extra' && value && typeof value === 'object')
            walk(value, visit, n);
    }
}
/** `iam.Role` → ['iam.', 'Role']; `Role` → ['', 'Role']. */
function callee(n) {
    const c = n.callee;
    if (c?.type === 'Identifier')
        return ['', c.name];
    if (c?.type === 'MemberExpression' && c.property.type === 'Identifier') {
        const obj = c.object;
        return obj.type === 'Identifier'
            ? [`${obj.name}.`, c.property.name]
            : null;
    }
    return null;
}
/** `x` or `this.x` as written. */
function binding(text, n) {
    if (!n)
        return null;
    if (n.type === 'Identifier' ||
        (n.type === 'MemberExpression' && n.object.type === 'ThisExpression'))
        return text.slice(n.start, n.end);
    return null;
}
function roleName(props) {
    const prop = props?.properties?.find((p) => p.type === 'ObjectProperty' &&
        (p.key.name === 'roleName' || p.key.value === 'roleName'));
    if (!prop)
        return undefined;
    const v = prop.value;
    if (v.type === 'StringLiteral')
        return [v.value];
    if (v.type === 'TemplateLiteral') {
        const quasis = v.quasis;
        return quasis.flatMap((q, i) => [
            q.value.cooked,
            ...(i < quasis.length - 1 ? [null] : [])
        ]);
    }
    return null;
}
const array = (v) => `[${(Array.isArray(v) ? v : [v]).map(render_escape/* tsString */.JS).join(', ')}]`;
/** `new iam.PolicyStatement({...})` as lines, its first line unindented. */
function statementExpression(ns, s, unit) {
    const props = [`sid: ${(0,render_escape/* tsString */.JS)(s.Sid)},`, `actions: ${array(s.Action)},`];
    if (s.Resource !== undefined)
        props.push(`resources: ${array(s.Resource)},`);
    if (s.Condition)
        props.push(`conditions: ${JSON.stringify(s.Condition)},`);
    if (s.Effect === 'Deny')
        props.push(`effect: ${ns}Effect.DENY,`);
    return [`new ${ns}PolicyStatement({`, ...props.map((p) => unit + p), '})'];
}
function statementCall(target, ns, s, unit, semi) {
    const [first, ...rest] = statementExpression(ns, s, unit);
    return [
        `${target}.addToPolicy(`,
        `${unit}${first}`,
        ...rest.slice(0, -1).map((l) => unit + l),
        `${unit}}),`,
        `)${semi}`
    ];
}
function fileDefinitions(file, ast) {
    const { text } = file;
    const roles = [];
    const calls = [];
    // `const s = new iam.PolicyStatement({...})`: statements passed to addToPolicy by name.
    const consts = new Map();
    const policies = [];
    /** [policy, role] pairs from attachToRole / attachInlinePolicy / addManagedPolicy. */
    const attached = [];
    const constructs = [];
    let statement = null;
    walk(ast, (n, parent) => {
        if (parent?.type === 'BlockStatement' || parent?.type === 'Program')
            statement = n;
        // The name a construct is bound to: `const x = new ...` or `x = new ...`.
        const decl = parent?.type === 'VariableDeclarator'
            ? parent.id
            : parent?.type === 'AssignmentExpression'
                ? parent.left
                : undefined;
        if (n.type === 'NewExpression' && callee(n)?.[1] === 'Role' && statement) {
            const [ns] = callee(n);
            const args = n.arguments;
            const id = args[1]?.type === 'StringLiteral' ? args[1].value : '';
            const bind = binding(text, decl);
            if (bind)
                roles.push({ bind, ns, id, name: roleName(args[2]), stmt: statement });
        }
        if (n.type === 'NewExpression' && statement) {
            const [ns, cls] = callee(n) ?? ['', ''];
            const args = n.arguments;
            const id = args[1]?.type === 'StringLiteral' ? args[1].value : '';
            const props = args[2]?.type === 'ObjectExpression' ? args[2] : undefined;
            const prop = (k) => props?.properties?.find((p) => p.type === 'ObjectProperty' && p.key.name === k)?.value;
            const bind = binding(text, decl);
            if ((cls === 'Policy' || cls === 'ManagedPolicy') && props) {
                const st = prop('statements');
                const roles = prop('roles');
                policies.push({
                    bind,
                    ns,
                    cls,
                    id,
                    statements: st?.type === 'ArrayExpression' ? st : null,
                    roles: roles?.type === 'ArrayExpression'
                        ? roles.elements.flatMap((e) => binding(text, e) ?? [])
                        : [],
                    stmt: statement
                });
            }
            else if (bind && id) {
                const named = Object.values(props?.properties ?? [])
                    .map((p) => p)
                    .find((p) => p.type === 'ObjectProperty' && /Name$/.test(String(p.key.name)));
                const v = named?.value;
                constructs.push({
                    bind,
                    cls,
                    id,
                    name: v?.type === 'StringLiteral' ? v.value : null
                });
            }
        }
        if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.init)
            consts.set(n.id.name, n.init);
        if (n.type === 'CallExpression' && statement) {
            const c = n.callee;
            const method = c?.type === 'MemberExpression' ? c.property.name : null;
            const arg0 = binding(text, n.arguments[0]);
            const self = binding(text, c?.object);
            if (method === 'attachToRole' && self && arg0)
                attached.push([self, arg0]);
            if ((method === 'attachInlinePolicy' || method === 'addManagedPolicy') && self && arg0)
                attached.push([arg0, self]);
            if (method === 'addToPolicy' || method === 'addToPrincipalPolicy') {
                const target = binding(text, c.object);
                if (target)
                    calls.push({ target, stmt: statement, arg: n.arguments[0] });
            }
        }
    });
    return roles.flatMap((role) => {
        if (role.name === null || (role.name === undefined && !role.id))
            return [];
        const mine = calls.filter((c) => c.target === role.bind || c.target === role.bind.replace(/^this\./, ''));
        const after = mine.at(-1)?.stmt ?? role.stmt;
        const semi = text.slice(role.stmt.start, role.stmt.end).trimEnd().endsWith(';') ? ';' : '';
        const existing = () => mine.flatMap((c) => {
            const arg = c.arg?.type === 'Identifier' ? consts.get(c.arg.name) : c.arg;
            const props = statementProps(arg);
            const found = props && cdkStatement(text, props);
            return found ? [found] : [];
        });
        const append = (statements) => {
            const indent = (0,Definition/* indentAt */.oY)(text, after.start);
            const unit = indent.includes('\t') ? '\t' : '  ';
            const lines = statements.flatMap((s) => {
                // The construct's own grant when the file declares it: `bucket.grantPut(role)`.
                const grant = grantFor(s, constructs);
                return grant
                    ? [`${grant}(${role.bind})${semi}`]
                    : statementCall(role.bind, role.ns, s, unit, semi);
            });
            const eol = text.indexOf('\n', after.end);
            const at = eol < 0 ? text.length : eol + 1;
            return (0,Definition/* insertAt */.PT)(text, at, (eol < 0 ? '\n' : '') + lines.map((l) => indent + l).join('\n') + '\n');
        };
        const isMine = (b) => b === role.bind || b === role.bind.replace(/^this\./, '');
        const mineP = policies.filter((p) => p.statements &&
            (p.roles.some(isMine) || attached.some(([pb, rb]) => pb === p.bind && isMine(rb))));
        return [
            {
                kind: 'cdk',
                file: file.path,
                line: (0,Definition/* lineAt */.mh)(text, role.stmt.start),
                endLine: (0,Definition/* lineAt */.mh)(text, after.end),
                resource: role.id ? `${role.ns}Role '${role.id}'` : role.bind,
                holds: 'identity',
                name: role.name ?? [],
                ...(role.name === undefined ? { generatedFrom: role.id } : {}),
                apply: (statements) => (0,mergeStatements/* mergeStatements */.z9)(text, existing(), statements, append)
            },
            ...mineP.map((p) => ({
                kind: 'cdk',
                file: file.path,
                line: (0,Definition/* lineAt */.mh)(text, p.stmt.start),
                endLine: (0,Definition/* lineAt */.mh)(text, p.stmt.end),
                resource: `${p.ns}${p.cls} '${p.id}'`,
                holds: 'identity',
                name: role.name ?? [],
                ...(role.name === undefined ? { generatedFrom: role.id } : {}),
                apply: (statements) => {
                    const arr = p.statements;
                    const existing = arr.elements.flatMap((e) => {
                        const node = e?.type === 'Identifier' ? consts.get(e.name) : e;
                        const props = statementProps(node);
                        const found = props && cdkStatement(text, props);
                        return found ? [found] : [];
                    });
                    return (0,mergeStatements/* mergeStatements */.z9)(text, existing, statements, (rest) => (0,listInsert/* appendToList */._E)(text, arr.start, arr.end - 1, (indent, unit) => rest
                        .map((st) => (0,listInsert/* indentLines */.eT)(statementExpression(p.ns, st, unit), indent))
                        .join(',\n' + indent)));
                }
            }))
        ];
    });
}
async function locateCdk(files) {
    const candidates = files.filter((f) => !f.path.endsWith('.d.ts') &&
        /\bRole\s*\(/.test(f.text) &&
        /aws-cdk-lib|@aws-cdk\//.test(f.text));
    if (candidates.length === 0)
        return [];
    const { parse } = await __webpack_require__.e(/* import() */ 429).then(__webpack_require__.bind(__webpack_require__, 5429));
    return candidates.flatMap((file) => {
        try {
            const ast = parse(file.text, {
                sourceType: 'module',
                plugins: ['typescript', 'decorators-legacy'],
                errorRecovery: true
            });
            return fileDefinitions(file, ast.program);
        }
        catch {
            return [];
        }
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


/***/ })

};
