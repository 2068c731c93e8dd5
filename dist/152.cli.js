export const id = 152;
export const ids = [152];
export const modules = {

/***/ 2152:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OIDC_HELP: () => (/* binding */ OIDC_HELP),
  oidcSubcommand: () => (/* binding */ oidcSubcommand)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/common/jwtPayload.ts
var jwtPayload = __webpack_require__(9544);
;// CONCATENATED MODULE: ./src/oidc/claims.ts
// The claims of GitHub's ID token, read without verifying the signature: STS verifies it; we only
// need to show what was presented. Never throws, and never returns the token itself.

/** The claims that describe the job (its repository, ref and workflow), in a reader's order. */
const JOB_CLAIMS = [
    'repository',
    'repository_owner',
    'repository_id',
    'repository_owner_id',
    'ref',
    'environment',
    'event_name',
    'job_workflow_ref'
];
const STRING_CLAIMS = ['sub', 'iss', ...JOB_CLAIMS];
const TIME_CLAIMS = ['exp', 'iat', 'nbf'];
/** The keys of OidcClaims in the order a reader wants them. */
const CLAIM_KEYS = ['sub', 'aud', ...JOB_CLAIMS, 'iss', ...TIME_CLAIMS];
function emptyClaims() {
    return {
        sub: null,
        aud: null,
        iss: null,
        repository: null,
        repository_owner: null,
        repository_id: null,
        repository_owner_id: null,
        ref: null,
        environment: null,
        event_name: null,
        job_workflow_ref: null,
        exp: null,
        iat: null,
        nbf: null
    };
}
/** Claims from a decoded payload object (or a `--claims` file): unknown keys are dropped. */
function claimsFrom(payload) {
    const claims = emptyClaims();
    if (typeof payload !== 'object' || payload === null)
        return claims;
    const p = payload;
    for (const key of STRING_CLAIMS) {
        const v = p[key];
        // Ids are strings in GitHub's token; numbers from a hand-written file are accepted too.
        if (typeof v === 'string')
            claims[key] = v;
        else if (typeof v === 'number' && Number.isFinite(v))
            claims[key] = String(v);
    }
    const aud = p.aud;
    if (typeof aud === 'string')
        claims.aud = aud;
    else if (Array.isArray(aud)) {
        const values = aud.filter((a) => typeof a === 'string');
        if (values.length > 0)
            claims.aud = values;
    }
    for (const key of TIME_CLAIMS) {
        const v = p[key];
        if (typeof v === 'number' && Number.isFinite(v))
            claims[key] = v;
    }
    return claims;
}
/** The claims of a compact JWS (`header.payload.signature`), or null when it is not one. */
function decodeClaims(token) {
    const payload = (0,jwtPayload/* jwtPayload */.c)(token);
    return payload && claimsFrom(payload);
}
/** The audiences as a list. */
function audiences(claims) {
    return claims.aud === null ? [] : Array.isArray(claims.aud) ? claims.aud : [claims.aud];
}

// EXTERNAL MODULE: ./src/remedy/buildRemedies.ts + 8 modules
var buildRemedies = __webpack_require__(4366);
// EXTERNAL MODULE: ./src/remedy/oidcSubject.ts
var oidcSubject = __webpack_require__(3975);
// EXTERNAL MODULE: ./src/remedy/render/escape.ts
var render_escape = __webpack_require__(5870);
;// CONCATENATED MODULE: ./src/remedy/oidcProvider.ts


const who = (account) => (account ? `account ${account}` : "the role's account");
/** Creates `https://token.actions.githubusercontent.com` with the audience as its client id. */
function createProviderRemedy(f) {
    const url = `https://${f.host ?? oidcSubject/* GITHUB_OIDC_HOST */.R8}`;
    return {
        id: `identity-provider:${f.account ?? 'unknown'}`,
        target: f.target,
        findings: f.findings,
        statements: [],
        notes: [
            `Create the IAM OIDC provider in ${who(f.account)} (run the command with that account's credentials). Each account whose roles GitHub assumes needs its own provider.`,
            'IAM fetches the thumbprint itself when none is given; older tool versions insist on a thumbprint list.'
        ],
        renderings: {
            cli: [
                `aws iam create-open-id-connect-provider --url ${(0,render_escape/* shellQuote */.ZL)(url)} --client-id-list ${(0,render_escape/* shellQuote */.ZL)(f.audience)}`
            ].join('\n'),
            terraform: [
                'resource "aws_iam_openid_connect_provider" "github" {',
                `  url            = ${(0,render_escape/* hclString */.ZK)(url)}`,
                `  client_id_list = [${(0,render_escape/* hclString */.ZK)(f.audience)}]`,
                '}'
            ].join('\n'),
            cdk: [
                "import * as iam from 'aws-cdk-lib/aws-iam'",
                '',
                '// Inside your stack (one provider per account):',
                `new iam.OpenIdConnectProvider(this, 'GitHubOidc', {`,
                `  url: ${(0,render_escape/* tsString */.JS)(url)},`,
                `  clientIds: [${(0,render_escape/* tsString */.JS)(f.audience)}]`,
                '})'
            ].join('\n')
        }
    };
}
/** Adds the token's audience to an existing provider. */
function addAudienceRemedy(f) {
    const host = f.host ?? oidcSubject/* GITHUB_OIDC_HOST */.R8;
    const arn = `arn:${f.partition}:iam::${f.account ?? '<ACCOUNT_ID>'}:oidc-provider/${host}`;
    return {
        id: `identity-provider-audience:${f.account ?? 'unknown'}`,
        target: f.target,
        findings: f.findings,
        statements: [],
        notes: [
            `Either request the audience the provider already lists (configure-aws-credentials uses \`sts.amazonaws.com\` unless its \`audience\` input is set), or add this audience to the provider's client-id list.`
        ],
        renderings: {
            cli: `aws iam add-client-id-to-open-id-connect-provider --open-id-connect-provider-arn ${(0,render_escape/* shellQuote */.ZL)(arn)} --client-id ${(0,render_escape/* shellQuote */.ZL)(f.audience)}`,
            terraform: [
                '# In the provider resource, keep the existing audiences and add this one:',
                'resource "aws_iam_openid_connect_provider" "github" {',
                `  url            = ${(0,render_escape/* hclString */.ZK)(`https://${host}`)}`,
                `  client_id_list = ["sts.amazonaws.com", ${(0,render_escape/* hclString */.ZK)(f.audience)}]`,
                '}'
            ].join('\n'),
            cdk: [
                "import * as iam from 'aws-cdk-lib/aws-iam'",
                '',
                `new iam.OpenIdConnectProvider(this, 'GitHubOidc', {`,
                `  url: ${(0,render_escape/* tsString */.JS)(`https://${host}`)},`,
                `  clientIds: ['sts.amazonaws.com', ${(0,render_escape/* tsString */.JS)(f.audience)}]`,
                '})'
            ].join('\n')
        }
    };
}
/** Guidance only: notes, no rendering. */
function guidanceRemedy(id, target, findings, notes) {
    return { id, target, findings, statements: [], notes, renderings: {} };
}

;// CONCATENATED MODULE: ./src/oidc/causes.ts
// Backticks inside a value would end our code span: they never occur in these values legitimately.
const tick = (s) => `\`${(s ?? '').replace(/`/g, "'")}\``;
const sub = (f) => (f.sub ? ` (sub ${tick(f.sub)})` : '');
const role = (f) => tick(f.roleArn || '(empty)');
const stsSaid = (f) => (f.stsMessage ? ` STS answered ${tick(f.stsMessage)}.` : '');
const inAccount = (f) => (f.account ? `account ${f.account}` : "the role's account");
const WORKFLOW_TARGET = {
    kind: 'workflow',
    owner: 'you',
    description: () => 'the workflow: the job must be able to get an ID token'
};
const CAUSES = {
    'no-id-token-permission': {
        title: () => 'The job has no OIDC token: it lacks `permissions: id-token: write`',
        explanation: () => 'GitHub gave this job no ID token (`ACTIONS_ID_TOKEN_REQUEST_URL` is not set), so configure-aws-credentials could not use OIDC; it then reports `Could not load credentials from any providers` after asking whether you meant to set the `id-token` permission. Add `id-token: write` under `permissions:` of the job (or the workflow). Setting `permissions:` drops every permission not listed, so keep `contents: read` too.',
        target: WORKFLOW_TARGET,
        trustRemedy: false
    },
    'fork-pull-request': {
        title: (f) => `Pull requests from forks get no OIDC token${f.forkRepository ? ` (this one comes from ${tick(f.forkRepository)})` : ''}`,
        explanation: () => "GitHub never gives a pull request from a fork an ID token, whatever `permissions:` says: code from outside the repository must not be able to assume your AWS roles. Skip the AWS steps for forks (`if: github.event.pull_request.head.repo.full_name == github.repository`), or run them after review from a separate `workflow_run` workflow that does not check out the fork's code.",
        target: WORKFLOW_TARGET,
        trustRemedy: false
    },
    'no-oidc-provider': {
        title: (f) => `No IAM OIDC provider for GitHub in ${inAccount(f)}`,
        explanation: (f) => `STS looked for the IAM OIDC identity provider of GitHub's token issuer in the account of role ${role(f)} and found none.${stsSaid(f)} Create the provider with the audience \`${f.audience.replace(/`/g, "'")}\` (below); the role's trust policy must then name it as its Federated principal. A role ARN with the wrong account number gives the same answer.`,
        target: {
            kind: 'identity-provider',
            owner: 'you',
            description: (f) => `the IAM OIDC identity providers of ${inAccount(f)}`
        },
        trustRemedy: true
    },
    audience: {
        title: (f) => `The token's audience ${tick(f.aud)} is not one the OIDC provider accepts`,
        explanation: (f) => `STS rejected the token's \`aud\` claim (${tick(f.aud)}): it is not in the client-id list of the IAM OIDC provider in ${inAccount(f)}.${stsSaid(f)} configure-aws-credentials requests \`sts.amazonaws.com\` unless its \`audience\` input says otherwise; use the audience the provider lists, or add this one to it.`,
        target: {
            kind: 'identity-provider',
            owner: 'you',
            description: (f) => `the audiences (client ids) of the IAM OIDC provider in ${inAccount(f)}`
        },
        trustRemedy: true
    },
    thumbprint: {
        title: () => "STS could not verify the token with GitHub's signing keys",
        explanation: (f) => `STS could not fetch or trust the keys that sign GitHub's tokens.${stsSaid(f)} This is usually transient (GitHub or AWS having a bad minute): re-run the job. If it keeps failing, check that the provider's URL is exactly \`https://token.actions.githubusercontent.com\`` +
            // Only STS's thumbprint wording points at the thumbprint: GitHub's certificate is checked
            // against AWS's trusted CAs, and a key STS could not fetch is no thumbprint's fault (h15-100).
            (/thumbprint/i.test(f.stsMessage ?? '')
                ? ' and refresh its thumbprint list (`aws iam update-open-id-connect-provider-thumbprint`).'
                : "; the provider's thumbprint is not what failed (AWS checks GitHub's certificate against its own trusted CAs)."),
        target: {
            kind: 'identity-provider',
            owner: 'you',
            description: (f) => `the IAM OIDC provider in ${inAccount(f)}`
        },
        trustRemedy: false
    },
    'invalid-role-arn': {
        title: (f) => `role-to-assume ${role(f)} is not a valid role ARN`,
        explanation: (f) => `A role ARN has the form \`arn:aws:iam::ACCOUNT_ID:role/NAME\`.${stsSaid(f)} A secret that is empty, unset in this context (secrets are not passed to pull requests from forks or to Dependabot), or holds a trailing space or line break gives the same error.`,
        target: {
            kind: 'workflow',
            owner: 'you',
            description: () => 'the `role-to-assume` input of configure-aws-credentials'
        },
        trustRemedy: false
    },
    'session-duration': {
        title: (f) => `The requested session duration${f.durationSeconds ? ` (${f.durationSeconds} s)` : ''} is over the role's maximum`,
        explanation: (f) => `STS refused the DurationSeconds of the request.${stsSaid(f)} A role allows one hour unless its MaxSessionDuration was raised (up to 12 hours). Lower \`role-duration-seconds\`, or raise the role's maximum: \`aws iam update-role --role-name ${(f.roleName ?? 'ROLE_NAME').replace(/`/g, "'")} --max-session-duration 7200\`.`,
        target: {
            kind: 'workflow',
            owner: 'you',
            description: () => "the `role-duration-seconds` input, or the role's MaxSessionDuration"
        },
        trustRemedy: false
    },
    'clock-skew': {
        title: () => 'STS says the token is expired or not yet valid',
        explanation: (f) => `The token's validity window did not include STS's clock.${stsSaid(f)} A self-hosted runner whose clock is wrong, or a token requested long before it was used, causes this: sync the runner's clock (NTP) and re-run.`,
        target: {
            kind: 'workflow',
            owner: 'you',
            description: () => 'the runner (its clock) or the step that requests the token'
        },
        trustRemedy: false
    },
    'trust-policy-mismatch': {
        title: (f) => `The trust policy of ${role(f)} does not accept this run's token${sub(f)}`,
        explanation: (f) => (f.stsMessage
            ? `STS answered ${tick(f.stsMessage)}. It says the same when the trust policy does not match the claims, when the role does not exist, and when the ARN names a role in another account: check the role first (\`aws iam get-role --role-name ${(f.roleName ?? 'ROLE_NAME').replace(/`/g, "'")}\` in ${inAccount(f)}).`
            : 'Checked offline, without calling STS.') +
            (f.mismatchCount > 0
                ? ' The trust policy you gave rejects these claims: see the failed conditions.'
                : f.policyAccepts && f.stsMessage
                    ? ' The trust policy you gave accepts these claims, so STS evaluated another document: the role does not exist, is in another account, or its trust policy is not the file you gave.'
                    : ' Give whydenied the trust policy (`trust-policy:` input or `--trust-policy`) to see which condition fails.') +
            ' Matching is case-sensitive, a job with `environment:` presents `repo:OWNER/REPO:environment:NAME`, pull requests `repo:OWNER/REPO:pull_request`, and repositories created or renamed after July 2026 present the immutable `repo:OWNER@ID/REPO@ID:...` form.',
        target: {
            kind: 'trust-policy',
            owner: 'you',
            description: (f) => `the trust policy of role ${f.roleName ?? f.roleArn}`
        },
        trustRemedy: true
    },
    assumable: {
        title: (f) => `The role ${role(f)} can be assumed with this job's token`,
        explanation: () => "whydenied assumed the role with this job's token just now, so the earlier failure was elsewhere: compare the failed step's inputs with this step's (`role-to-assume` from a secret that is empty in this context, `audience`, `aws-region`, `role-duration-seconds`), look for a transient error (throttling, an outage) and re-run, or check a later step that chains roles.",
        target: {
            kind: 'workflow',
            owner: 'you',
            description: () => 'the inputs of the failed configure-aws-credentials step'
        },
        trustRemedy: false
    },
    unknown: {
        title: (f) => f.tokenProblem
            ? 'GitHub did not hand out a usable ID token'
            : 'AssumeRoleWithWebIdentity failed for a reason whydenied does not recognise',
        explanation: (f) => f.tokenProblem
            ? `whydenied ${tick(f.tokenProblem)}. The token service may have had a bad minute: re-run the job.`
            : `${stsSaid(f).trim() || 'STS could not be reached or gave no error code.'} Throttling and service outages pass: re-run the job. Otherwise the message names what to fix.`,
        target: {
            kind: 'unknown',
            owner: 'you',
            description: () => 'unknown: see the STS message'
        },
        trustRemedy: false
    }
};

;// CONCATENATED MODULE: ./src/oidc/classifyStsError.ts
const code = (c, ...names) => names.some((n) => c === n || c === `${n}Exception`);
const STS_ERROR_RULES = [
    {
        // `1 validation error detected: Value '...' at 'durationSeconds' failed to satisfy constraint`
        cause: 'session-duration',
        test: (_c, m) => /DurationSeconds|MaxSessionDuration/i.test(m)
    },
    {
        // `Request ARN is invalid`, or the SDK's own length/pattern check of roleArn.
        cause: 'invalid-role-arn',
        test: (c, m) => /Request ARN is invalid|\broleArn\b|Role ARN|invalid ARN|ARN .*(malformed|not valid)/i.test(m) &&
            (c === '' ||
                code(c, 'ValidationError', 'InvalidParameterValue', 'MalformedPolicyDocument', 'InvalidParameter'))
    },
    {
        cause: 'no-oidc-provider',
        test: (_c, m) => /No OpenIDConnect provider found/i.test(m)
    },
    {
        cause: 'audience',
        test: (_c, m) => /Incorrect token audience|audience/i.test(m) && !/thumbprint/i.test(m)
    },
    {
        // STS could not fetch or trust the issuer's signing keys.
        cause: 'thumbprint',
        test: (c, m) => code(c, 'IDPCommunicationError') ||
            /thumbprint|retrieve verification key|verification key/i.test(m)
    },
    {
        // `Token expired: current date/time 1624482533 must be before the expiration date/time...`
        cause: 'clock-skew',
        test: (c, m) => code(c, 'ExpiredToken') ||
            /Token expired|Token too old|not yet valid|issued in the future|\bnbf\b|\biat\b/i.test(m)
    },
    {
        cause: 'trust-policy-mismatch',
        test: (c, m) => code(c, 'AccessDenied') ||
            /Not authorized to perform:? sts:AssumeRoleWithWebIdentity/i.test(m)
    }
];
/** The cause for an STS error; `unknown` when no rule knows it (throttling, outages...). */
function classifyStsError(codeName, message) {
    const c = (codeName ?? '').trim();
    const m = (message ?? '').trim();
    return STS_ERROR_RULES.find((r) => r.test(c, m))?.cause ?? 'unknown';
}

;// CONCATENATED MODULE: ./src/oidc/conditionOperators.ts
// IAM condition operators as small rule objects: how one presented value compares with one
// value written in the policy. Set qualifiers (ForAnyValue:/ForAllValues:), `IfExists` and the
// negation of the Not forms are applied around them by trustPolicyEvaluator.ts.
// `${*}`, `${?}` and `${$}` are IAM's escapes for a literal `*`, `?` and `$` in a pattern.
const ESCAPE = /\$\{([*?$])\}/g;
function tokenize(pattern) {
    const tokens = [];
    const plain = (text) => {
        for (const ch of text) {
            tokens.push(ch === '*' ? { kind: 'star' } : ch === '?' ? { kind: 'one' } : { kind: 'char', ch });
        }
    };
    let last = 0;
    for (const m of pattern.matchAll(ESCAPE)) {
        plain(pattern.slice(last, m.index));
        tokens.push({ kind: 'char', ch: m[1] });
        last = m.index + m[0].length;
    }
    plain(pattern.slice(last));
    return tokens;
}
/**
 * IAM wildcard match: `*` any run of characters (none included), `?` exactly one. Greedy with
 * backtracking to the last star: no regular expression, so no pattern can make it explode.
 */
function wildcardMatch(value, pattern) {
    const tokens = tokenize(pattern);
    const chars = [...value];
    let v = 0;
    let p = 0;
    let star = -1;
    let mark = 0;
    while (v < chars.length) {
        const t = tokens[p];
        if (t && (t.kind === 'one' || (t.kind === 'char' && t.ch === chars[v]))) {
            v++;
            p++;
        }
        else if (t?.kind === 'star') {
            star = p++;
            mark = v;
        }
        else if (star >= 0) {
            p = star + 1;
            v = ++mark;
        }
        else
            return false;
    }
    while (tokens[p]?.kind === 'star')
        p++;
    return p === tokens.length;
}
const equals = (a, b) => a === b;
const equalsIgnoreCase = (a, b) => a.toLowerCase() === b.toLowerCase();
const like = (a, b) => wildcardMatch(a, b);
const bool = (a, b) => a.toLowerCase() === b.toLowerCase();
/** Operators by lower-case name (IAM reads operator names case-insensitively). */
const OPERATORS = {
    stringequals: { negated: false, matches: equals },
    stringnotequals: { negated: true, matches: equals },
    stringequalsignorecase: { negated: false, matches: equalsIgnoreCase },
    stringnotequalsignorecase: { negated: true, matches: equalsIgnoreCase },
    stringlike: { negated: false, matches: like },
    stringnotlike: { negated: true, matches: like },
    arnequals: { negated: false, matches: like },
    arnlike: { negated: false, matches: like },
    arnnotequals: { negated: true, matches: like },
    arnnotlike: { negated: true, matches: like },
    bool: { negated: false, matches: bool }
};
function parseOperator(written) {
    let name = written.trim();
    let qualifier = null;
    const q = /^(ForAnyValue|ForAllValues):/i.exec(name);
    if (q) {
        qualifier = q[1].toLowerCase() === 'foranyvalue' ? 'ForAnyValue' : 'ForAllValues';
        name = name.slice(q[0].length);
    }
    const ifExists = /IfExists$/i.test(name);
    if (ifExists)
        name = name.slice(0, -'IfExists'.length);
    const lower = name.toLowerCase();
    return {
        written,
        qualifier,
        ifExists,
        isNull: lower === 'null',
        rule: Object.hasOwn(OPERATORS, lower) ? OPERATORS[lower] : null
    };
}

;// CONCATENATED MODULE: ./src/oidc/trustPolicyEvaluator.ts

const list = (v) => v === undefined || v === null
    ? []
    : (Array.isArray(v) ? v : [v])
        .filter((x) => ['string', 'number', 'boolean'].includes(typeof x))
        .map(String);
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * The trust policy from what a user may hand us: the document, `aws iam get-role` output, or the
 * document as a (URL-encoded) JSON string as IAM's API returns it.
 */
function readTrustPolicy(input) {
    let doc = input;
    if (isObject(doc) && isObject(doc.Role))
        doc = doc.Role;
    if (isObject(doc) && 'AssumeRolePolicyDocument' in doc)
        doc = doc.AssumeRolePolicyDocument;
    if (typeof doc === 'string') {
        let text = doc.trim();
        if (/^%7B/i.test(text)) {
            try {
                text = decodeURIComponent(text);
            }
            catch {
                /* kept as is; JSON.parse reports it */
            }
        }
        try {
            doc = JSON.parse(text);
        }
        catch {
            return { statements: [], problems: ['The trust policy is not JSON.'] };
        }
    }
    if (!isObject(doc) || doc.Statement === undefined) {
        return { statements: [], problems: ['The trust policy has no Statement.'] };
    }
    const raw = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
    const statements = raw.filter(isObject);
    const problems = statements.length < raw.length ? ['Some statements are not objects and were skipped.'] : [];
    return { statements, problems, document: doc };
}
const labelOf = (s, i) => typeof s.Sid === 'string' && s.Sid !== '' ? s.Sid : `#${i + 1}`;
function actionMatches(s, action) {
    const a = action.toLowerCase();
    const hit = (patterns) => patterns.some((p) => wildcardMatch(a, p.toLowerCase()));
    if (s.Action !== undefined)
        return hit(list(s.Action));
    if (s.NotAction !== undefined)
        return !hit(list(s.NotAction));
    return false;
}
const ARN = /^arn:([^:]*):iam::(\d{12}|[^:]*):oidc-provider\/(.+)$/i;
/** Why a written Federated principal is not the request's provider, in the user's terms. */
function providerReason(written, provider) {
    const want = ARN.exec(provider);
    for (const w of written) {
        const got = ARN.exec(w);
        if (!got || !want)
            continue;
        if (got[3].toLowerCase() !== want[3].toLowerCase())
            continue;
        if (got[2] !== want[2]) {
            return `the Federated principal names the provider in account ${got[2]}; the role is in account ${want[2]}, whose own provider must be named`;
        }
        if (got[1] !== want[1])
            return `the Federated principal is in partition ${got[1]}, not ${want[1]}`;
    }
    if (written.some((w) => w.toLowerCase() === provider.toLowerCase())) {
        return 'the Federated principal differs from the provider ARN only in case';
    }
    return written.length === 0
        ? 'the statement has no Federated principal'
        : "the Federated principal is not this account's provider for the token's issuer";
}
function principalMatches(s, provider) {
    const match = (p) => {
        if (p === '*')
            return true;
        if (!isObject(p))
            return false;
        if (list(p.AWS).includes('*'))
            return true;
        return list(p.Federated).some((w) => w === provider);
    };
    const written = isObject(s.Principal) ? list(s.Principal.Federated) : list(s.Principal);
    if (s.Principal !== undefined)
        return { ok: match(s.Principal), written };
    if (s.NotPrincipal !== undefined)
        return { ok: !match(s.NotPrincipal), written: [] };
    return { ok: false, written };
}
function present(context, key) {
    const values = context.get(key.toLowerCase());
    return values && values.length > 0 ? values : null;
}
function testCondition(op, expected, presented) {
    if (op.isNull) {
        const wantAbsent = expected.some((e) => e.toLowerCase() === 'true');
        return wantAbsent === (presented === null);
    }
    if (!op.rule)
        return null;
    const rule = op.rule;
    if (presented === null) {
        if (op.ifExists || op.qualifier === 'ForAllValues')
            return true;
        if (op.qualifier === 'ForAnyValue')
            return false;
        return rule.negated;
    }
    const anyMatch = (v) => expected.some((e) => rule.matches(v, e));
    if (op.qualifier === 'ForAllValues') {
        return rule.negated ? presented.every((v) => !anyMatch(v)) : presented.every(anyMatch);
    }
    if (op.qualifier === 'ForAnyValue' && rule.negated)
        return presented.some((v) => !anyMatch(v));
    return rule.negated ? !presented.some(anyMatch) : presented.some(anyMatch);
}
function failureReason(op, key, expected, presented, absentKeys) {
    if (!op.isNull && !op.rule)
        return `whydenied does not evaluate the ${op.written} operator`;
    if (op.isNull) {
        return presented === null ? `the request has no ${key}` : `the request has ${key}`;
    }
    if (presented === null) {
        return absentKeys[key.toLowerCase()] ?? `the request has no ${key}`;
    }
    if (op.rule.negated)
        return 'the presented value is one the condition excludes';
    const lower = (values) => values.map((v) => v.toLowerCase());
    if (testCondition(op, lower(expected), lower(presented)) === true) {
        return 'it matches only when case is ignored: condition values are case-sensitive';
    }
    if (op.qualifier === 'ForAllValues')
        return 'not every presented value is allowed';
    if (/^string(not)?equals$/i.test(op.written.replace(/^for(any|all)values:|ifexists$/gi, '')) &&
        expected.some((e) => /[*?]/.test(e))) {
        return `${op.written} compares literally: * and ? are wildcards only in StringLike`;
    }
    return 'no written value matches the presented value';
}
function conditionFailures(condition, context, absentKeys) {
    if (condition === undefined)
        return [];
    if (!isObject(condition)) {
        return [
            {
                operator: 'Condition',
                key: '',
                expected: [],
                presented: null,
                reason: 'the Condition block is not an object'
            }
        ];
    }
    const failures = [];
    for (const [written, block] of Object.entries(condition)) {
        const op = parseOperator(written);
        if (!isObject(block))
            continue;
        for (const [key, value] of Object.entries(block)) {
            const expected = list(value);
            const presented = present(context, key);
            if (testCondition(op, expected, presented) === true)
                continue;
            failures.push({
                operator: written,
                key,
                expected,
                presented,
                reason: failureReason(op, key, expected, presented, absentKeys)
            });
        }
    }
    return failures;
}
function evaluateTrustPolicy(policy, request) {
    const { statements, problems } = readTrustPolicy(policy);
    const context = new Map(Object.entries(request.context).map(([k, v]) => [k.toLowerCase(), v]));
    const absentKeys = request.absentKeys ?? {};
    const allowedBy = [];
    const deniedBy = [];
    const failed = [];
    statements.forEach((s, i) => {
        const label = labelOf(s, i);
        const effect = typeof s.Effect === 'string' ? s.Effect : '';
        if (!/^(allow|deny)$/i.test(effect)) {
            problems.push(`Statement ${label} has no Effect of Allow or Deny and was skipped.`);
            return;
        }
        const action = actionMatches(s, request.action);
        const principal = principalMatches(s, request.federatedProvider);
        const conditions = conditionFailures(s.Condition, context, absentKeys);
        const applies = action && principal.ok && conditions.length === 0;
        if (/^deny$/i.test(effect)) {
            if (applies)
                deniedBy.push(label);
            return;
        }
        if (applies) {
            allowedBy.push(label);
            return;
        }
        const mismatches = [];
        if (!action) {
            mismatches.push({
                statement: label,
                operator: s.Action !== undefined ? 'Action' : 'NotAction',
                key: 'Action',
                expected: list(s.Action ?? s.NotAction),
                presented: [request.action],
                reason: `the statement does not allow ${request.action}`
            });
        }
        if (!principal.ok) {
            mismatches.push({
                statement: label,
                operator: 'Principal',
                key: 'Federated',
                expected: principal.written,
                presented: [request.federatedProvider],
                reason: providerReason(principal.written, request.federatedProvider)
            });
        }
        for (const c of conditions)
            mismatches.push({ statement: label, ...c });
        // A statement for this action and a federated (or any) principal is the one meant for us.
        failed.push({ candidate: action && (principal.ok || principal.written.length > 0), mismatches });
    });
    const allowed = allowedBy.length > 0 && deniedBy.length === 0;
    const denials = deniedBy.map((label) => ({
        statement: label,
        operator: 'Deny',
        key: '',
        expected: [],
        presented: null,
        reason: 'an explicit Deny statement matches this request, and a Deny always wins'
    }));
    if (allowed)
        return { allowed, allowedBy, deniedBy, mismatches: [], problems };
    const candidates = failed.filter((f) => f.candidate);
    const chosen = allowedBy.length > 0 ? [] : candidates.length > 0 ? candidates : failed;
    return {
        allowed,
        allowedBy,
        deniedBy,
        mismatches: [...denials, ...chosen.flatMap((f) => f.mismatches)],
        problems
    };
}

;// CONCATENATED MODULE: ./src/oidc/doctor.ts







const WEB_IDENTITY_ACTION = 'sts:AssumeRoleWithWebIdentity';
const DEFAULT_AUDIENCE = 'sts.amazonaws.com';
const ROLE_ARN = /^arn:(aws[a-z-]*):iam::(\d{12}):role\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]{1,64})$/;
function parseRoleArn(arn) {
    const m = ROLE_ARN.exec(arn);
    return m ? { partition: m[1], account: m[2], name: m[3] } : null;
}
/** The issuer's host (`token.actions.githubusercontent.com`, or an enterprise's own). */
function issuerHost(claims) {
    const iss = claims?.iss;
    if (!iss)
        return oidcSubject/* GITHUB_OIDC_HOST */.R8;
    try {
        const url = new URL(iss);
        return url.protocol === 'https:'
            ? (url.host + url.pathname).replace(/\/+$/, '')
            : oidcSubject/* GITHUB_OIDC_HOST */.R8;
    }
    catch {
        return oidcSubject/* GITHUB_OIDC_HOST */.R8;
    }
}
/** The trust policy's verdict for these claims, as IAM builds the request for this provider. */
function evaluateClaims(policy, claims, role, audience) {
    const host = issuerHost(claims);
    const aud = audiences(claims);
    const context = {
        [`${host}:aud`]: aud.length > 0 ? aud : [audience],
        [`${host}:sub`]: claims.sub ? [claims.sub] : []
    };
    // GitHub's other claims are in the token but, as GitHub documents, AWS supports no custom
    // OIDC claims: a condition on them sees no value.
    const absentKeys = {};
    for (const claim of [...JOB_CLAIMS, 'actor', 'workflow']) {
        absentKeys[`${host}:${claim}`.toLowerCase()] =
            `AWS puts only the sub and aud claims of a GitHub token in the request (it supports no custom OIDC claims), so ${host}:${claim} never has a value: put that fact into the sub condition instead`;
    }
    return evaluateTrustPolicy(policy, {
        action: WEB_IDENTITY_ACTION,
        federatedProvider: `arn:${role.partition}:iam::${role.account}:oidc-provider/${host}`,
        context,
        absentKeys
    });
}
function decideCause(input, verdict) {
    if (input.token.status === 'missing') {
        return input.token.fork ? 'fork-pull-request' : 'no-id-token-permission';
    }
    if (input.token.status === 'error')
        return 'unknown';
    if (input.sts.status === 'error') {
        return classifyStsError(input.sts.error.code, input.sts.error.message);
    }
    if (input.sts.status === 'ok')
        return 'assumable';
    // Offline: only what can be known without AWS.
    if (!parseRoleArn(input.roleArn))
        return 'invalid-role-arn';
    if (verdict)
        return verdict.allowed ? 'assumable' : 'trust-policy-mismatch';
    return 'unknown';
}
function target(kind, owner, description, roleArn) {
    const role = parseRoleArn(roleArn);
    return {
        kind,
        owner,
        description,
        principalArn: null,
        principalType: 'unknown',
        principalName: null,
        rolePathUnknown: false,
        principalAccount: null,
        resourceArn: role ? roleArn : null,
        resourceAccount: role?.account ?? null,
        policyArn: null
    };
}
function diagnoseOidc(input) {
    const claims = input.token.status === 'claims' ? input.token.claims : null;
    const role = parseRoleArn(input.roleArn);
    const verdict = claims && role && input.trustPolicy !== undefined
        ? evaluateClaims(input.trustPolicy, claims, role, input.audience)
        : null;
    const cause = decideCause(input, verdict);
    const rule = CAUSES[cause];
    const stsError = input.sts.status === 'error' ? input.sts.error : null;
    const mismatches = verdict?.mismatches ?? [];
    const aud = claims ? audiences(claims).join(', ') || null : null;
    const facts = {
        roleArn: input.roleArn,
        roleName: role?.name ?? null,
        account: role?.account ?? null,
        sub: claims?.sub ?? null,
        aud,
        audience: input.audience,
        stsMessage: stsError?.message ?? null,
        tokenProblem: input.token.status === 'error' ? input.token.message : null,
        durationSeconds: input.durationSeconds ?? null,
        forkRepository: input.token.status === 'missing' ? input.token.fork : null,
        policyAccepts: verdict?.allowed ?? false,
        mismatchCount: mismatches.length
    };
    const fixTarget = target(rule.target.kind, rule.target.owner, rule.target.description(facts), input.roleArn);
    const notes = verdict?.problems ?? [];
    const finding = {
        kind: 'oidc',
        code: stsError?.code ?? null,
        operation: 'AssumeRoleWithWebIdentity',
        action: WEB_IDENTITY_ACTION,
        service: 'sts',
        principal: null,
        resource: input.roleArn || null,
        layer: cause === 'trust-policy-mismatch' ? 'trust' : null,
        deny: verdict && verdict.deniedBy.length > 0 ? 'explicit' : null,
        policyArn: null,
        policyName: null,
        authorizationId: null,
        encodedMessage: null,
        grammar: 'oidc-doctor',
        detail: {},
        file: null,
        line: 0,
        occurrences: 1,
        crossAccount: null,
        traps: cause === 'trust-policy-mismatch' ? ['oidc-trust-conditions'] : [],
        title: rule.title(facts),
        explanation: [rule.explanation(facts), ...notes].join('\n\n'),
        fixTarget,
        confidence: input.sts.status === 'skipped' ? 'inferred' : 'stated',
        inferredAction: null,
        evidence: 'text',
        cause,
        claims,
        stsError,
        mismatches
    };
    return {
        version: 1,
        findings: [finding],
        remedies: remediesFor(input, finding, claims, role),
        stats: { bytes: 0, lines: 0, longLines: 0, droppedFindings: 0, binaryBytes: 0 }
    };
}
function remediesFor(input, finding, claims, role) {
    const cause = finding.cause;
    const out = [];
    const host = issuerHost(claims);
    const providerFacts = {
        account: role?.account ?? null,
        audience: (claims && audiences(claims)[0]) || input.audience,
        host,
        target: finding.fixTarget,
        findings: [0]
    };
    if (cause === 'no-oidc-provider')
        out.push(createProviderRemedy(providerFacts));
    if (cause === 'audience')
        out.push(addAudienceRemedy({ ...providerFacts, partition: role?.partition ?? 'aws' }));
    if (CAUSES[cause].trustRemedy && role) {
        const trustFinding = {
            ...finding,
            fixTarget: {
                ...finding.fixTarget,
                kind: 'trust-policy',
                description: `the trust policy of role ${role.name}`
            }
        };
        const oidc = {
            ...input.context,
            ...(claims?.sub ? { subject: claims.sub } : {}),
            ...(providerFacts.audience !== DEFAULT_AUDIENCE ? { audience: providerFacts.audience } : {}),
            ...(host !== oidcSubject/* GITHUB_OIDC_HOST */.R8 ? { providerHost: host } : {})
        };
        // The remedy is a change to the given trust policy (whatever form it came in).
        const current = input.trustPolicy === undefined ? undefined : readTrustPolicy(input.trustPolicy).document;
        out.push(...(0,buildRemedies/* buildRemedies */.x)([trustFinding], {
            oidc,
            ...(current ? { currentPolicy: current } : {})
        }));
    }
    if (out.length === 0) {
        const notes = [finding.explanation.split('\n\n')[0]];
        if (cause === 'no-id-token-permission' || cause === 'fork-pull-request') {
            const expected = (0,oidcSubject/* oidcSubjects */.$v)(input.context);
            if (!expected.placeholder) {
                notes.push(`Once the job gets a token, GitHub will present the sub ${expected.subjects.map((s) => `\`${s.replace(/`/g, "'")}\``).join(' or ')}: the role's trust policy must accept it.`);
            }
        }
        out.push(guidanceRemedy(`${finding.fixTarget.kind}:${cause}`, finding.fixTarget, [0], notes));
    }
    return out;
}

// EXTERNAL MODULE: ./src/remedy/oidcContext.ts
var oidcContext = __webpack_require__(7276);
// EXTERNAL MODULE: ./src/cli/render.ts + 20 modules
var render = __webpack_require__(9606);
;// CONCATENATED MODULE: ./src/cli/oidc.ts
// `whydenied oidc`: the OIDC doctor without a token. The claims come from a file (a decoded
// token, the `claims` of a whydenied JSON finding) or from --sub; the trust policy from a file;
// STS's answer, when there is one, as printed in the failed run's log.






const OIDC_HELP = `Usage: whydenied oidc --role-arn ARN [--audience A] [--trust-policy FILE]
                     [--claims FILE | --sub SUB] [--sts-error TEXT] [--format F]

Explains why GitHub Actions could not assume ROLE with OIDC (configure-aws-credentials),
without a token: give the claims of the failed run (or the sub you expect) and the role's
trust policy, and whydenied names the statement and condition that reject them and
proposes the trust statement for these claims.

Options:
      --role-arn ARN        the role-to-assume of the failed step
      --audience A          the token's audience (default: sts.amazonaws.com)
      --trust-policy FILE   the role's trust policy: the JSON document, or the output of
                            aws iam get-role
      --claims FILE         the token's claims as JSON (the decoded payload, or the claims
                            object of a whydenied JSON report); a raw token is decoded too
      --sub SUB             the sub claim to check, instead of --claims
      --sts-error TEXT      the error STS gave, as printed in the log (for example
                            "Could not assume role with OIDC: Not authorized to perform
                            sts:AssumeRoleWithWebIdentity")
  -f, --format text|markdown|json   report format (default: text)
  -h, --help                show this help

Exit status: 0 when a verdict was printed, 2 on a usage error or an unreadable file.

Example:
  whydenied oidc --role-arn arn:aws:iam::111122223333:role/gha-deploy \\
    --sub repo:octo-org/octo-repo:environment:prod --trust-policy trust.json
`;
class UsageError extends Error {
}
function readText(file) {
    try {
        return external_node_fs_default().readFileSync(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new UsageError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : error.message}`);
    }
}
function readJson(file, what) {
    const text = readText(file);
    try {
        return JSON.parse(text);
    }
    catch {
        throw new UsageError(`${file} is not ${what} as JSON`);
    }
}
/** Claims from a decoded payload, a whydenied report or finding, or a raw token. */
function readClaims(file) {
    const text = readText(file).trim();
    if (!text.startsWith('{')) {
        const decoded = decodeClaims(text);
        if (decoded)
            return decoded;
        throw new UsageError(`${file} holds neither claims as JSON nor a token`);
    }
    let doc = readJson(file, 'claims');
    const findings = doc.findings;
    if (Array.isArray(findings))
        doc = (findings.find((f) => f?.kind === 'oidc') ?? findings[0] ?? {});
    if (doc.claims && typeof doc.claims === 'object')
        doc = doc.claims;
    return claimsFrom(doc);
}
// `An error occurred (Code) when calling the X operation: message` (AWS CLI, botocore),
// `Code: message` (SDKs), or the message alone (configure-aws-credentials).
function parseStsError(text) {
    const t = text.trim().replace(/^(Error:\s*)?(Could not assume role with OIDC:\s*)?/i, '');
    const cli = /\((\w+)\) when calling the \w+ operation:\s*(.*)$/s.exec(t);
    if (cli)
        return { code: cli[1], message: cli[2].trim() };
    const sdk = /^([A-Z][A-Za-z]+(?:Exception|Error|Token|Denied)?):\s+(.*)$/s.exec(t);
    if (sdk && !/\s/.test(sdk[1]))
        return { code: sdk[1], message: sdk[2].trim() };
    return { code: '', message: t };
}
async function oidcSubcommand(argv, io) {
    let values;
    try {
        values = (0,external_node_util_.parseArgs)({
            args: argv,
            options: {
                'role-arn': { type: 'string' },
                audience: { type: 'string' },
                'trust-policy': { type: 'string' },
                claims: { type: 'string' },
                sub: { type: 'string' },
                'sts-error': { type: 'string' },
                format: { type: 'string', short: 'f' },
                help: { type: 'boolean', short: 'h' }
            }
        }).values;
    }
    catch (error) {
        io.stderr.write(`whydenied oidc: ${error.message}\nTry 'whydenied oidc --help'.\n`);
        return 2;
    }
    if (values.help) {
        io.stdout.write(OIDC_HELP);
        return 0;
    }
    try {
        const format = (values.format ?? 'text');
        if (!render/* FORMATS */.h.includes(format))
            throw new UsageError(`--format must be one of ${render/* FORMATS */.h.join(', ')}`);
        if (!values['role-arn'])
            throw new UsageError('--role-arn is required');
        if (values.claims && values.sub)
            throw new UsageError('give --claims or --sub, not both');
        const audience = values.audience || DEFAULT_AUDIENCE;
        let claims;
        if (values.claims)
            claims = readClaims(values.claims);
        else
            claims = { ...emptyClaims(), sub: values.sub ?? null, aud: audience };
        if (!claims.sub)
            throw new UsageError('give the sub to check: --sub SUB, or --claims FILE with a sub');
        if (claims.aud === null)
            claims.aud = audience;
        const trustPolicy = values['trust-policy']
            ? readJson(values['trust-policy'], 'a trust policy')
            : undefined;
        const stsText = values['sts-error'];
        const sts = stsText
            ? { status: 'error', error: parseStsError(stsText) }
            : { status: 'skipped' };
        const report = diagnoseOidc({
            roleArn: values['role-arn'],
            audience,
            token: { status: 'claims', claims },
            sts,
            trustPolicy,
            context: (0,oidcContext/* oidcContextFromEnv */.Gj)(io.env)
        });
        io.stdout.write((0,render/* render */.X)(report, format, io.stdoutIsTTY && !io.env.NO_COLOR, io.stdoutColumns));
        return 0;
    }
    catch (error) {
        if (!(error instanceof UsageError))
            throw error;
        io.stderr.write(`whydenied oidc: ${error.message}\n`);
        return 2;
    }
}


/***/ }),

/***/ 9544:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ jwtPayload)
/* harmony export */ });
// The payload object of a compact JWS (`header.payload.signature`), read without verifying the
// signature: STS verifies tokens; we only show and compare what a token presents. Never throws.
function jwtPayload(token) {
    const parts = token.trim().split('.');
    const payload = parts[1];
    if (parts.length !== 3 || !payload || !/^[A-Za-z0-9_-]+$/.test(payload))
        return null;
    try {
        const parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
            return null;
        return parsed;
    }
    catch {
        return null;
    }
}


/***/ })

};
