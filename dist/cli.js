#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 29:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _source_compileRegExpOnce_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(551);
/* harmony import */ var _source_codeCache_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(431);
// The bin entry (dist/cli.js): runs the CLI (src/cli.ts, built as dist/cli.script.js) through V8's
// code cache (src/source/codeCache.ts).
// First: V8 refuses a cache made under other flags, and the CLI sets this one as it starts.


await (0,_source_codeCache_js__WEBPACK_IMPORTED_MODULE_1__/* .runCachedScript */ .BZ)(_source_codeCache_js__WEBPACK_IMPORTED_MODULE_1__/* .CLI_SCRIPT */ .nv, import.meta.url, process.env);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 431:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  nv: () => (/* binding */ CLI_SCRIPT),
  BZ: () => (/* binding */ runCachedScript)
});

// UNUSED EXPORTS: codeCacheDir, codeCacheName, readCodeCache, writeCodeCache

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_namespaceObject);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:vm"
const external_node_vm_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");
var external_node_vm_default = /*#__PURE__*/__nccwpck_require__.n(external_node_vm_namespaceObject);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/source/codeCache.ts
// Runs the CLI's classic-script bundle (dist/cli.script.js, made by scripts/cliScript.mjs) with
// V8's code cache. Node 20 caches no ES module's code, and compiling the bundle was about half of
// a small log's start-up; with the cache, taken after a whole run (so it holds the functions that
// run compiled lazily too), the next run skips that work (docs/benchmarks.md).
//
// A code cache is code: whoever can write it runs as the user who loads it. So it lives in the
// user's own cache directory, is read only when that user owns it and no one else may write it,
// and never on systems without POSIX owners. Anything wrong with it costs the cache, never the run.






/** The folder the cache is kept in, or null when caching is off or unsafe here. */
function codeCacheDir(env, home = external_node_os_default().homedir()) {
    if (env.WHYDENIED_CODE_CACHE === '0' || typeof process.getuid !== 'function')
        return null;
    if (env.WHYDENIED_CACHE_DIR)
        return env.WHYDENIED_CACHE_DIR;
    const base = env.XDG_CACHE_HOME || (home ? external_node_path_default().join(home, '.cache') : '');
    return base ? external_node_path_default().join(base, 'whydenied') : null;
}
/** The cache file's name: the bundle's digest (V8 checks only the source's length), V8, the CPU. */
function codeCacheName(source) {
    const digest = /^\/\* whydenied cli ([0-9a-f]{16}) \*\//.exec(source)?.[1];
    return digest ? `cli-${digest}-v8-${process.versions.v8}-${process.arch}.bin` : null;
}
/** True when `stat` is this user's and no one else may change it. */
function ownedAlone(stat) {
    return stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
}
/** The cache's bytes, when it exists and is safe to run. */
function readCodeCache(dir, name) {
    let fd;
    try {
        if (!ownedAlone(external_node_fs_default().statSync(dir)))
            return undefined;
        fd = external_node_fs_default().openSync(external_node_path_default().join(dir, name), (external_node_fs_default()).constants.O_RDONLY | (external_node_fs_default()).constants.O_NOFOLLOW);
        const stat = external_node_fs_default().fstatSync(fd);
        if (!stat.isFile() || !ownedAlone(stat))
            return undefined;
        return external_node_fs_default().readFileSync(fd);
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            external_node_fs_default().closeSync(fd);
    }
}
/** Writes `data` as the cache (whole or not at all), and drops the caches of other builds. */
function writeCodeCache(dir, name, data) {
    try {
        external_node_fs_default().mkdirSync(dir, { recursive: true, mode: 0o700 });
        if (!ownedAlone(external_node_fs_default().statSync(dir)))
            return;
        const temp = external_node_path_default().join(dir, `.${name}.${process.pid}`);
        external_node_fs_default().writeFileSync(temp, data, { mode: 0o600, flag: 'wx' });
        external_node_fs_default().renameSync(temp, external_node_path_default().join(dir, name));
        // Other builds' caches go; this build's for another Node.js stays (one machine, two Nodes).
        const build = name.slice(0, 'cli-'.length + 16);
        for (const old of external_node_fs_default().readdirSync(dir)) {
            if (/^cli-[0-9a-f]{16}-v8-.*\.bin$/.test(old) && !old.startsWith(build)) {
                external_node_fs_default().rmSync(external_node_path_default().join(dir, old));
            }
        }
    }
    catch {
        // A read-only home or a full disk: the next run compiles again.
    }
}
/** The CLI's script, beside the bundle at `base` (named apart from it so ncc copies nothing). */
const CLI_SCRIPT = 'cli.script.js';
/** Compiles and runs script `file` beside `base`, from the cache when there is a good one. */
async function runCachedScript(file, base, env) {
    const url = new URL(file, base);
    // ASCII only (the build escapes the rest): a one-byte string, half the memory of UTF-16.
    const source = external_node_fs_default().readFileSync(url, 'latin1');
    const dir = codeCacheDir(env);
    const name = codeCacheName(source);
    const cachedData = dir && name ? readCodeCache(dir, name) : undefined;
    const script = new (external_node_vm_default()).Script(source, { filename: (0,external_node_url_namespaceObject.fileURLToPath)(url), cachedData });
    if (dir && name && (cachedData === undefined || script.cachedDataRejected)) {
        // After the run, so that the functions it compiled lazily are in the cache too.
        process.once('exit', () => writeCodeCache(dir, name, script.createCachedData()));
    }
    const main = script.runInThisContext();
    await main((0,external_node_module_namespaceObject.createRequire)(url), url.href, (specifier) => 
    // The bundle's own lazy chunks, beside it; not for the bundler to resolve.
    import(/* webpackIgnore: true */ new URL(specifier, url).href));
}


/***/ }),

/***/ 551:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {


;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
var external_node_v8_default = /*#__PURE__*/__nccwpck_require__.n(external_node_v8_namespaceObject);
;// CONCATENATED MODULE: ./src/source/regexpFlags.ts
/**
 * How the entry points ask V8 to compile regular expressions (src/source/compileRegExpOnce.ts):
 * expressions created from now on start with no interpreter runs left, so each is compiled to
 * machine code once, on its first match. Not `--no-regexp-tier-up`: flipping that flag while an
 * expression that ran once in the interpreter is still in use crashes V8 (Node 20 and 24) at that
 * expression's next match, and Node's own module loader runs a few before any bundle starts.
 */
const REGEXP_FLAGS = '--regexp-tier-up-ticks=0';

;// CONCATENATED MODULE: ./src/source/compileRegExpOnce.ts
// V8 runs a regular expression's first match in its bytecode interpreter and compiles it to
// machine code on the next (regexp tier-up, one tick). A scan runs nearly every expression it
// reaches more than once within its first record, so each one was compiled twice: ~15 ms of a
// 1 KB log's start-up on Node 20 (12 ms on 24), with no cost measured on large logs, where every
// expression ends up compiled anyway (docs/benchmarks.md). Imported first by the entry points,
// so it runs before any module's expressions are created; V8's flags are process-wide, so the
// scan worker's isolate compiles the same way.


external_node_v8_default().setFlagsFromString(REGEXP_FLAGS);


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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
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
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(29);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
