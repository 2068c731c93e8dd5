export const id = 734;
export const ids = [734];
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

/***/ 9734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   locateCdk: () => (/* binding */ locateCdk)
/* harmony export */ });
/* harmony import */ var _remedy_render_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5870);
/* harmony import */ var _Definition_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8362);


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
const array = (v) => `[${(Array.isArray(v) ? v : [v]).map(_remedy_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .tsString */ .JS).join(', ')}]`;
function statementCall(target, ns, s, unit, semi) {
    const props = [`sid: ${(0,_remedy_render_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .tsString */ .JS)(s.Sid)},`, `actions: ${array(s.Action)},`];
    if (s.Resource !== undefined)
        props.push(`resources: ${array(s.Resource)},`);
    if (s.Condition)
        props.push(`conditions: ${JSON.stringify(s.Condition)},`);
    if (s.Effect === 'Deny')
        props.push(`effect: ${ns}Effect.DENY,`);
    return [
        `${target}.addToPolicy(`,
        `${unit}new ${ns}PolicyStatement({`,
        ...props.map((p) => unit + unit + p),
        `${unit}}),`,
        `)${semi}`
    ];
}
function fileDefinitions(file, ast) {
    const { text } = file;
    const roles = [];
    const calls = [];
    let statement = null;
    walk(ast, (n, parent) => {
        if (parent?.type === 'BlockStatement' || parent?.type === 'Program')
            statement = n;
        if (n.type === 'NewExpression' && callee(n)?.[1] === 'Role' && statement) {
            const [ns] = callee(n);
            const args = n.arguments;
            const id = args[1]?.type === 'StringLiteral' ? args[1].value : '';
            const decl = parent?.type === 'VariableDeclarator'
                ? parent.id
                : parent?.type === 'AssignmentExpression'
                    ? parent.left
                    : undefined;
            const bind = binding(text, decl);
            if (bind)
                roles.push({ bind, ns, id, name: roleName(args[2]), stmt: statement });
        }
        if (n.type === 'CallExpression' && statement) {
            const c = n.callee;
            const method = c?.type === 'MemberExpression' ? c.property.name : null;
            if (method === 'addToPolicy' || method === 'addToPrincipalPolicy') {
                const target = binding(text, c.object);
                if (target)
                    calls.push({ target, stmt: statement });
            }
        }
    });
    return roles.flatMap((role) => {
        if (role.name === null || (role.name === undefined && !role.id))
            return [];
        const mine = calls.filter((c) => c.target === role.bind || c.target === role.bind.replace(/^this\./, ''));
        const after = mine.length ? mine[mine.length - 1].stmt : role.stmt;
        const semi = text.slice(role.stmt.start, role.stmt.end).trimEnd().endsWith(';') ? ';' : '';
        return [
            {
                kind: 'cdk',
                file: file.path,
                line: (0,_Definition_js__WEBPACK_IMPORTED_MODULE_1__/* .lineAt */ .mh)(text, role.stmt.start),
                endLine: (0,_Definition_js__WEBPACK_IMPORTED_MODULE_1__/* .lineAt */ .mh)(text, after.end),
                resource: role.id ? `${role.ns}Role '${role.id}'` : role.bind,
                holds: 'identity',
                name: role.name ?? [],
                ...(role.name === undefined ? { generatedFrom: role.id } : {}),
                apply: (statements) => {
                    const indent = (0,_Definition_js__WEBPACK_IMPORTED_MODULE_1__/* .indentAt */ .oY)(text, after.start);
                    const unit = indent.includes('\t') ? '\t' : '  ';
                    const lines = statements.flatMap((s) => statementCall(role.bind, role.ns, s, unit, semi));
                    const eol = text.indexOf('\n', after.end);
                    const at = eol < 0 ? text.length : eol + 1;
                    return (0,_Definition_js__WEBPACK_IMPORTED_MODULE_1__/* .insertAt */ .PT)(text, at, (eol < 0 ? '\n' : '') + lines.map((l) => indent + l).join('\n') + '\n');
                }
            }
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


/***/ })

};
