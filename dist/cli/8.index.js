export const id = 8;
export const ids = [8];
export const modules = {

/***/ 4750:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   h: () => (/* binding */ UnsafeFileError),
/* harmony export */   oK: () => (/* binding */ containedEntry),
/* harmony export */   or: () => (/* binding */ containedFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);


class UnsafeFileError extends Error {
    reason;
    name = 'UnsafeFileError';
    constructor(reason) {
        super(reason);
        this.reason = reason;
    }
}
function isInside(parent, child) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(parent, child);
    return rel === '' || (!(0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel) && rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`));
}
function kindOf(st) {
    if (st.isDirectory())
        return 'a directory';
    if (st.isFIFO())
        return 'a FIFO';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    if (st.isSocket())
        return 'a socket';
    return 'not a file';
}
function code(e) {
    return e?.code;
}
function containedFile(path, within, withinName = 'the repository') {
    let real;
    try {
        real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(path);
    }
    catch (e) {
        if (code(e) === 'ENOENT' || code(e) === 'ENOTDIR')
            return null;
        if (code(e) === 'ELOOP')
            throw new UnsafeFileError('is a symbolic link loop');
        if (code(e) === 'EACCES')
            throw new UnsafeFileError('permission denied');
        throw new UnsafeFileError(e instanceof Error ? e.message : String(e));
    }
    if (within !== null) {
        let root;
        try {
            root = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(within);
        }
        catch {
            throw new UnsafeFileError(`cannot resolve ${withinName}`);
        }
        if (!isInside(root, real))
            throw new UnsafeFileError(`is a symbolic link (or lies below one) that leads outside ${withinName}`);
    }
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
    }
    catch (e) {
        if (code(e) === 'ENOENT')
            return null;
        throw new UnsafeFileError(e instanceof Error ? e.message : String(e));
    }
    if (!st.isFile())
        throw new UnsafeFileError(`is not a regular file (${kindOf(st)})`);
    return { real, size: st.size };
}
function containedEntry(dir, name, withinName) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
    if (name !== '.' && name !== '..' && !name.includes('/') && !name.includes(node_path__WEBPACK_IMPORTED_MODULE_1__.sep)) {
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path);
        }
        catch {
            st = undefined;
        }
        if (st?.isFile()) {
            const size = st.size;
            return { size, real: () => realEntry(dir, name) };
        }
    }
    const found = containedFile(path, dir, withinName);
    return found && { size: found.size, real: () => found.real };
}
function realEntry(dir, name) {
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name));
    }
    catch {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name);
    }
}


/***/ }),

/***/ 261:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $t: () => (/* binding */ countCommand),
/* harmony export */   Qd: () => (/* binding */ CommandError),
/* harmony export */   T3: () => (/* binding */ commandUsage),
/* harmony export */   X4: () => (/* binding */ runChecked),
/* harmony export */   d1: () => (/* binding */ runCommand),
/* harmony export */   lV: () => (/* binding */ commandBusy),
/* harmony export */   zz: () => (/* binding */ commandEnv)
/* harmony export */ });
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5875);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1421);
/* harmony import */ var node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(643);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3024);




class CommandError extends _graph_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EnvironmentError */ .eG {
    command;
    code;
    stderr;
    name = 'CommandError';
    constructor(command, code, stderr) {
        super(`\`${command}\` failed (exit ${code}): ${firstLine(stderr) || 'no error output'}`);
        this.command = command;
        this.code = code;
        this.stderr = stderr;
    }
}
function firstLine(text) {
    return text.trim().split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
}
const DEFAULT_TIMEOUT_MS = 120_000;
const usage = { runs: 0, busyMs: 0, active: 0, since: 0 };
function commandUsage() {
    return { runs: usage.runs, busyMs: usage.busyMs + (usage.active > 0 ? node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__.performance.now() - usage.since : 0) };
}
function countCommand() {
    usage.runs++;
}
function commandBusy() {
    if (usage.active++ === 0)
        usage.since = node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__.performance.now();
    let ended = false;
    return () => {
        if (ended)
            return;
        ended = true;
        if (--usage.active === 0)
            usage.busyMs += node_perf_hooks__WEBPACK_IMPORTED_MODULE_2__.performance.now() - usage.since;
    };
}
function commandEnv(env = process.env) {
    return { ...env, GIT_TERMINAL_PROMPT: '0' };
}
function runCommand(cmd, args, options) {
    return new Promise((resolve) => {
        const outFd = options.stdoutFile === undefined ? undefined : (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.openSync)(options.stdoutFile, 'w');
        countCommand();
        const idle = commandBusy();
        let child;
        try {
            child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_1__.spawn)(cmd, args, {
                cwd: options.cwd,
                env: commandEnv(options.env),
                stdio: ['pipe', outFd ?? 'pipe', 'pipe'],
            });
        }
        catch (e) {
            idle();
            throw e;
        }
        const out = [];
        const err = [];
        let settled = false;
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            idle();
            clearTimeout(timer);
            if (outFd !== undefined)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.closeSync)(outFd);
            resolve(result);
        };
        const timer = setTimeout(() => {
            child.kill('SIGKILL');
            finish({ code: 124, stdout: Buffer.concat(out), stderr: `timed out after ${options.timeoutMs ?? DEFAULT_TIMEOUT_MS} ms` });
        }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
        let outBytes = 0;
        child.stdout?.on('data', (c) => {
            if (settled)
                return;
            out.push(c);
            outBytes += c.length;
            if (options.maxStdoutBytes !== undefined && outBytes >= options.maxStdoutBytes) {
                child.kill('SIGKILL');
                finish({ code: 0, stdout: Buffer.concat(out).subarray(0, options.maxStdoutBytes), stderr: '' });
            }
        });
        child.stderr.on('data', (c) => err.push(c));
        child.on('error', (e) => finish({ code: 127, stdout: Buffer.alloc(0), stderr: e.message }));
        child.on('close', (code) => finish({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
        const stdin = child.stdin;
        stdin.on('error', () => undefined);
        if (options.input !== undefined)
            stdin.end(options.input);
        else
            stdin.end();
    });
}
async function runChecked(cmd, args, options) {
    const result = await runCommand(cmd, args, options);
    if (result.code !== 0)
        throw new CommandError([cmd, ...args].join(' '), result.code, result.stderr);
    return result.stdout;
}


/***/ }),

/***/ 9235:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* binding */ hasUncheckedOutComponent),
/* harmony export */   KN: () => (/* binding */ undecodableName),
/* harmony export */   MP: () => (/* binding */ decodeGitOutput),
/* harmony export */   pL: () => (/* binding */ NOT_CHECKED_OUT),
/* harmony export */   zV: () => (/* binding */ UNDECODABLE_NAME)
/* harmony export */ });
/* harmony import */ var _formats_escaped_utf8_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5079);

function decodeGitOutput(raw) {
    return (0,_formats_escaped_utf8_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeUtf8Escaped */ .Hf)(raw);
}
function undecodableName(path) {
    return (0,_formats_escaped_utf8_js__WEBPACK_IMPORTED_MODULE_0__/* .hasLoneSurrogate */ .fI)(path);
}
const UNDECODABLE_NAME = 'its name is not valid UTF-8, so it cannot be read by that name (rename it)';
function hasUncheckedOutComponent(path) {
    return path.split('/').some((part) => part === '' || part === '.' || part === '..');
}
const NOT_CHECKED_OUT = "is not a path git checks out (an empty, '.' or '..' component)";


/***/ }),

/***/ 8509:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TU: () => (/* binding */ Git),
  HH: () => (/* binding */ isSha),
  Tb: () => (/* binding */ refProblem)
});

// UNUSED EXPORTS: COPY_DIRECT_BYTES, ZERO_SHA, parseNameStatusZ

// EXTERNAL MODULE: ./build/src/io/exec.js
var exec = __webpack_require__(261);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./build/src/graph/errors.js
var errors = __webpack_require__(5875);
;// CONCATENATED MODULE: ./build/src/io/git-batch.js




const MAX_HEADER_BYTES = 8192;
const HEADER = /^([0-9a-f]{40}(?:[0-9a-f]{24})?) ([a-z]+) (\d{1,15})$/;
const UNFOLLOWED_LINK = /^(symlink|dangling|loop|notdir) (\d{1,15})$/;
const STALL_MS = 120_000;
const IDLE_MS = 5_000;
class CatFileBatch {
    cwd;
    mode;
    limits;
    followSymlinks;
    child = null;
    queue = [];
    header = [];
    headerBytes = 0;
    current = null;
    stderr = '';
    stalled = false;
    stallTimer = null;
    idleTimer = null;
    busyEnd = null;
    constructor(cwd, mode, limits = { stallMs: STALL_MS, idleMs: IDLE_MS }, followSymlinks = false) {
        this.cwd = cwd;
        this.mode = mode;
        this.limits = limits;
        this.followSymlinks = followSymlinks;
    }
    info(name) {
        if (this.mode !== '--batch-check')
            throw new Error('CatFileBatch.info needs --batch-check');
        return this.ask(name, null);
    }
    contents(name, sink) {
        if (this.mode !== '--batch')
            throw new Error('CatFileBatch.contents needs --batch');
        return this.ask(name, sink);
    }
    close() {
        const child = this.child;
        if (child)
            this.stopped(child, 0, 'closed');
        child?.stdin.end();
    }
    ask(name, sink) {
        if (/[\r\n]/.test(name))
            throw new Error('cat-file --batch: an object name with a line break');
        return new Promise((resolve, reject) => {
            let child;
            try {
                child = this.process();
            }
            catch (e) {
                reject(new exec/* CommandError */.Qd(`git cat-file ${this.mode}`, 127, e instanceof Error ? e.message : String(e)));
                return;
            }
            if (this.queue.length === 0)
                this.working(child);
            this.queue.push({ sink, resolve, reject });
            child.stdin.write(`${name}\n`);
        });
    }
    process() {
        if (this.child)
            return this.child;
        (0,exec/* countCommand */.$t)();
        const args = ['cat-file', this.mode, ...(this.followSymlinks ? ['--follow-symlinks'] : [])];
        const child = (0,external_node_child_process_.spawn)('git', args, { cwd: this.cwd, env: (0,exec/* commandEnv */.zz)(), stdio: 'pipe' });
        this.child = child;
        this.stderr = '';
        this.stalled = false;
        child.stdout.on('data', (chunk) => {
            if (this.child !== child)
                return;
            this.armStall(child);
            this.take(child, chunk);
        });
        child.stderr.on('data', (chunk) => {
            if (this.stderr.length < 4096)
                this.stderr += chunk.toString('utf8');
        });
        child.on('error', (e) => this.stopped(child, 127, e.message));
        child.on('close', (code, signal) => this.stopped(child, code ?? 1, signal ? `killed by ${signal}` : ''));
        child.stdin.on('error', () => undefined);
        return child;
    }
    working(child) {
        if (this.idleTimer)
            clearTimeout(this.idleTimer);
        this.idleTimer = null;
        child.ref();
        for (const s of [child.stdin, child.stdout, child.stderr])
            s.ref?.();
        this.busyEnd ??= (0,exec/* commandBusy */.lV)();
        this.armStall(child);
    }
    resting(child) {
        if (this.stallTimer)
            clearTimeout(this.stallTimer);
        this.stallTimer = null;
        this.busyEnd?.();
        this.busyEnd = null;
        child.unref();
        for (const s of [child.stdin, child.stdout, child.stderr])
            s.unref?.();
        this.idleTimer = setTimeout(() => {
            if (this.child === child && this.queue.length === 0)
                this.close();
        }, this.limits.idleMs);
        this.idleTimer.unref();
    }
    armStall(child) {
        if (this.stallTimer)
            clearTimeout(this.stallTimer);
        this.stallTimer = setTimeout(() => {
            this.stalled = true;
            child.kill('SIGKILL');
            this.stopped(child, 124, '');
        }, this.limits.stallMs);
    }
    stopped(child, code, why) {
        if (this.child !== child)
            return;
        this.child = null;
        const waiting = this.queue.splice(0);
        const current = this.current;
        this.current = null;
        this.header = [];
        this.headerBytes = 0;
        if (waiting.length > 0 || current) {
            const detail = this.stalled
                ? `no answer for ${this.limits.stallMs / 1000} s`
                : this.stderr.trim().split('\n')[0] || `${why || `exit ${code}`} with ${waiting.length} request${waiting.length === 1 ? '' : 's'} unanswered`;
            const error = new exec/* CommandError */.Qd(`git cat-file ${this.mode}`, code, `stopped mid-stream: ${detail}`);
            for (const r of waiting) {
                r.sink?.abort();
                r.reject(error);
            }
        }
        this.resting(child);
        if (this.idleTimer)
            clearTimeout(this.idleTimer);
    }
    take(child, chunk) {
        let at = 0;
        while (at < chunk.length && this.child === child) {
            const cur = this.current;
            if (cur) {
                if (cur.left > 0) {
                    const n = Math.min(cur.left, chunk.length - at);
                    if (cur.refused === null && cur.link === undefined)
                        cur.request.sink.data(chunk.subarray(at, at + n));
                    cur.left -= n;
                    at += n;
                    continue;
                }
                if (chunk[at] !== 0x0a)
                    return this.broken(child, 'no line break after an object');
                at++;
                this.current = null;
                this.answered(child, () => {
                    if (cur.link)
                        return cur.link;
                    if (cur.refused)
                        throw cur.refused;
                    return cur.request.sink.end();
                });
                continue;
            }
            const nl = chunk.indexOf(0x0a, at);
            if (nl < 0) {
                this.header.push(chunk.subarray(at));
                this.headerBytes += chunk.length - at;
                if (this.headerBytes > MAX_HEADER_BYTES)
                    return this.broken(child, 'a header line longer than 8 KiB');
                return;
            }
            const line = Buffer.concat([...this.header, chunk.subarray(at, nl)]).toString('utf8');
            this.header = [];
            this.headerBytes = 0;
            at = nl + 1;
            this.headerLine(child, line);
        }
    }
    headerLine(child, line) {
        const request = this.queue[0];
        if (!request)
            return this.broken(child, 'output nobody asked for');
        const m = HEADER.exec(line);
        if (m) {
            const info = { oid: m[1], type: m[2], size: Number(m[3]) };
            if (request.sink === null)
                return this.answered(child, () => info);
            let refused;
            try {
                refused = request.sink.begin(info);
            }
            catch (e) {
                refused = e instanceof Error ? e : new Error(String(e));
            }
            this.current = { request, left: info.size, refused };
            return;
        }
        const link = this.followSymlinks && request.sink === null ? UNFOLLOWED_LINK.exec(line) : null;
        if (link) {
            this.current = { request, left: Number(link[2]), refused: null, link: { oid: '', type: link[1], size: 0 } };
            return;
        }
        if (line.endsWith(' missing') || line.endsWith(' ambiguous'))
            return this.answered(child, () => null);
        this.broken(child, 'an answer that is not an object header');
    }
    answered(child, value) {
        const request = this.queue.shift();
        try {
            request.resolve(value());
        }
        catch (e) {
            request.reject(e);
        }
        if (this.queue.length === 0)
            this.resting(child);
    }
    broken(child, what) {
        this.stderr = `unexpected output from git (${what})`;
        child.kill('SIGKILL');
        this.stopped(child, 1, '');
    }
}
function memorySink(path, cap) {
    let buf = null;
    let got = 0;
    return {
        begin(info) {
            if (info.size > cap)
                return new errors/* ModelFileError */.EO(path, `is ${info.size} bytes in git, more than the ${cap} bytes that may be read into memory`);
            buf = Buffer.allocUnsafe(info.size);
            return null;
        },
        data(chunk) {
            chunk.copy(buf, got);
            got += chunk.length;
        },
        end: () => buf.subarray(0, got),
        abort() {
            buf = null;
        },
    };
}
function fileSink(target) {
    let fd = null;
    let failed = null;
    const close = () => {
        if (fd !== null)
            (0,external_node_fs_.closeSync)(fd);
        fd = null;
    };
    return {
        begin() {
            fd = (0,external_node_fs_.openSync)(target, 'w');
            return null;
        },
        data(chunk) {
            if (failed || fd === null)
                return;
            try {
                for (let at = 0; at < chunk.length;)
                    at += (0,external_node_fs_.writeSync)(fd, chunk, at, chunk.length - at);
            }
            catch (e) {
                failed = e instanceof Error ? e : new Error(String(e));
                close();
            }
        },
        end() {
            close();
            if (failed)
                throw failed;
            return true;
        },
        abort: close,
    };
}

// EXTERNAL MODULE: ./build/src/io/git-paths.js
var git_paths = __webpack_require__(9235);
// EXTERNAL MODULE: ./build/src/io/link-aliases.js
var link_aliases = __webpack_require__(8865);
;// CONCATENATED MODULE: ./build/src/io/git.js





const SHA_RE = /^[0-9a-f]{40}([0-9a-f]{24})?$/;
const ZERO_SHA = '0000000000000000000000000000000000000000';
function isSha(text) {
    return SHA_RE.test(text);
}
const ANCESTRY_SUFFIX = /(?:[~^]\d*)+$/;
function refProblem(ref) {
    if (ref.length > 1024)
        return 'longer than 1024 characters';
    const name = ref.replace(ANCESTRY_SUFFIX, '');
    if (name === '')
        return 'empty';
    if (/^[-+]/.test(name))
        return `must not start with '${name[0]}'`;
    if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(name))
        return 'contains a space, a control character or one of ~ ^ : ? * [ \\';
    if (name.includes('..'))
        return "contains '..'";
    if (name.includes('@{'))
        return "contains '@{'";
    if (name === '@')
        return "is '@'";
    if (name.startsWith('/') || name.endsWith('/') || name.includes('//'))
        return "has an empty path component (a leading, trailing or doubled '/')";
    if (name.endsWith('.'))
        return "ends with '.'";
    if (name.split('/').some((c) => c.startsWith('.') || c.endsWith('.lock')))
        return "has a component that starts with '.' or ends with '.lock'";
    return null;
}
const SYMLINK_MODE = '120000';
const UNFOLLOWED_LINKS = {
    symlink: "is a symbolic link that leads outside the commit's tree",
    dangling: 'is a symbolic link to a path the commit does not have',
    loop: 'is a symbolic link in a loop (or more than 40 links deep)',
    notdir: 'is a symbolic link to a path below a file',
    unfollowed: 'is a symbolic link, which is not followed for a name with a line break',
};
const EOO = '--end-of-options';
const COPY_DIRECT_BYTES = 4 * 1024 * 1024;
class Git {
    cwd;
    log;
    constructor(cwd, log = () => undefined) {
        this.cwd = cwd;
        this.log = log;
    }
    async out(args) {
        return (await (0,exec/* runChecked */.X4)('git', args, { cwd: this.cwd })).toString('utf8').trim();
    }
    async ok(args) {
        return (await (0,exec/* runCommand */.d1)('git', args, { cwd: this.cwd })).code === 0;
    }
    async topLevel() {
        return this.out(['rev-parse', '--show-toplevel']);
    }
    async resolveCommit(ref) {
        const r = await (0,exec/* runCommand */.d1)('git', ['rev-parse', '--verify', '--quiet', EOO, `${ref}^{commit}`], { cwd: this.cwd });
        const sha = r.stdout.toString('utf8').trim();
        return r.code === 0 && isSha(sha) ? sha : null;
    }
    async hasCommit(sha) {
        return this.ok(['cat-file', '-e', EOO, `${sha}^{commit}`]);
    }
    async isShallow() {
        return (await this.out(['rev-parse', '--is-shallow-repository'])) === 'true';
    }
    async ensureCommit(sha, remote = 'origin') {
        if (!isSha(sha))
            throw new exec/* CommandError */.Qd(`git fetch ${remote} ${sha}`, 128, 'not a full commit SHA');
        if (await this.hasCommit(sha))
            return;
        this.log(`Commit ${sha} is not in the local clone${(await this.isShallow()) ? ' (shallow)' : ''}; fetching just that commit: git fetch --no-tags --depth=1 ${remote} ${sha}`);
        const r = await (0,exec/* runCommand */.d1)('git', ['fetch', '--no-tags', '--depth=1', EOO, remote, sha], { cwd: this.cwd, timeoutMs: 300_000 });
        if (r.code !== 0 || !(await this.hasCommit(sha))) {
            throw new exec/* CommandError */.Qd(`git fetch --no-tags --depth=1 ${remote} ${sha}`, r.code, r.stderr || 'the commit is still missing after the fetch');
        }
    }
    async mergeBase(a, b) {
        const r = await (0,exec/* runCommand */.d1)('git', ['merge-base', EOO, a, b], { cwd: this.cwd });
        const sha = r.stdout.toString('utf8').trim();
        return r.code === 0 && isSha(sha) ? sha : null;
    }
    async firstParent(sha) {
        return this.resolveCommit(`${sha}^1`);
    }
    async parents(sha) {
        const text = await this.out(['cat-file', '-p', EOO, `${sha}^{commit}`]);
        const parents = [];
        for (const line of text.split('\n')) {
            if (line === '')
                break;
            const m = /^parent ([0-9a-f]{40,64})$/.exec(line);
            if (m)
                parents.push(m[1]);
        }
        return parents;
    }
    async diffNameStatus(base, head) {
        const args = ['-c', 'core.quotepath=off', 'diff', '--no-ext-diff', '--no-textconv', '--name-status', '-z', '-M', EOO, base];
        if (head)
            args.push(head);
        args.push('--');
        return parseNameStatusZ((0,git_paths/* decodeGitOutput */.MP)(await (0,exec/* runChecked */.X4)('git', args, { cwd: this.cwd })));
    }
    batches = null;
    batch() {
        this.batches ??= { check: new CatFileBatch(this.cwd, '--batch-check', undefined, true), contents: new CatFileBatch(this.cwd, '--batch') };
        return this.batches;
    }
    close() {
        this.batches?.check.close();
        this.batches?.contents.close();
        this.batches = null;
    }
    blobAt(sha, path) {
        const key = `${sha}:${path}`;
        let known = this.blobs.get(key);
        if ((0,git_paths/* undecodableName */.KN)(path))
            return Promise.reject(new errors/* ModelFileError */.EO(path, git_paths/* UNDECODABLE_NAME */.zV));
        if ((0,git_paths/* hasUncheckedOutComponent */.As)(path))
            return Promise.reject(new errors/* ModelFileError */.EO(path, git_paths/* NOT_CHECKED_OUT */.pL));
        if (known === undefined) {
            known = (async () => {
                const lines = /[\r\n]/.test(path);
                const info = lines ? await this.lsTreeInfo(sha, path) : await this.batch().check.info(key);
                const unfollowed = info === null ? undefined : UNFOLLOWED_LINKS[info.type];
                if (unfollowed !== undefined)
                    throw new errors/* ModelFileError */.EO(path, unfollowed);
                if (info === null && !lines && (await this.listing(sha)).blobs.has(path)) {
                    throw new exec/* CommandError */.Qd(`git cat-file --batch-check ${key}`, 0, `${path} is in the commit's tree but git cannot read its object`);
                }
                return info !== null && info.type === 'blob' ? info : null;
            })();
            this.blobs.set(key, known);
            known.catch(() => this.blobs.delete(key));
        }
        return known;
    }
    blobs = new Map();
    listings = new Map();
    async lsTreeInfo(sha, path) {
        const raw = (0,git_paths/* decodeGitOutput */.MP)(await (0,exec/* runChecked */.X4)('git', ['--literal-pathspecs', 'ls-tree', '-z', '-l', '--full-tree', EOO, sha, '--', path], { cwd: this.cwd }));
        for (const line of raw.split('\0')) {
            const m = /^(\d+) ([a-z]+) ([0-9a-f]+) +(\d+|-)\t([^]*)$/.exec(line);
            if (!m || m[5] !== path || !isSha(m[3]) || m[4] === '-')
                continue;
            if (m[1] === SYMLINK_MODE)
                return { oid: '', type: 'unfollowed', size: 0 };
            return { oid: m[3], type: m[2], size: Number(m[4]) };
        }
        return null;
    }
    async readBlob(sha, path, maxBytes) {
        const blob = await this.blobAt(sha, path);
        if (blob === null)
            return null;
        if (blob.size <= maxBytes)
            return vanished(await this.batch().contents.contents(blob.oid, memorySink(path, maxBytes)), blob.oid);
        const r = await (0,exec/* runCommand */.d1)('git', ['cat-file', 'blob', EOO, blob.oid], { cwd: this.cwd, maxStdoutBytes: maxBytes });
        if (r.code !== 0)
            throw new exec/* CommandError */.Qd(`git cat-file blob ${blob.oid}`, r.code, r.stderr);
        return r.stdout;
    }
    async copyBlob(sha, path, target) {
        const blob = await this.blobAt(sha, path);
        if (blob === null)
            return false;
        if (blob.size <= COPY_DIRECT_BYTES)
            return vanished(await this.batch().contents.contents(blob.oid, fileSink(target)), blob.oid) === true;
        const r = await (0,exec/* runCommand */.d1)('git', ['cat-file', 'blob', EOO, blob.oid], { cwd: this.cwd, stdoutFile: target, timeoutMs: 600_000 });
        if (r.code !== 0)
            throw new exec/* CommandError */.Qd(`git cat-file blob ${blob.oid}`, r.code, r.stderr);
        return true;
    }
    async blobSize(sha, path) {
        return (await this.blobAt(sha, path))?.size ?? null;
    }
    async blobIds(sha, paths) {
        try {
            const found = await Promise.all(paths.map(async (p) => [p, await this.blobAt(sha, p)]));
            return new Map(found.flatMap(([p, b]) => (b === null ? [] : [[p, b.oid]])));
        }
        catch (e) {
            if (e instanceof exec/* CommandError */.Qd || e instanceof errors/* ModelFileError */.EO)
                return null;
            throw e;
        }
    }
    listing(sha) {
        let listing = this.listings.get(sha);
        if (listing === undefined) {
            listing = (0,exec/* runChecked */.X4)('git', ['-c', 'core.quotepath=off', 'ls-tree', '-r', '-z', '--full-tree', EOO, sha], { cwd: this.cwd }).then((raw) => parseTreeListing((0,git_paths/* decodeGitOutput */.MP)(raw)));
            this.listings.set(sha, listing);
            listing.catch(() => this.listings.delete(sha));
        }
        return listing;
    }
    async listFiles(sha) {
        return [...(await this.listing(sha)).files];
    }
    async listLinks(sha) {
        const { links } = await this.listing(sha);
        const read = links.slice(0, link_aliases/* MAX_LINKS */.vk);
        const texts = await Promise.all(read.map(async ({ path, oid }) => {
            if ((0,git_paths/* undecodableName */.KN)(path) || (0,git_paths/* hasUncheckedOutComponent */.As)(path))
                return null;
            try {
                const text = await this.batch().contents.contents(oid, memorySink(path, link_aliases/* MAX_LINK_TARGET_BYTES */.EK));
                return text === null ? null : [path, (0,git_paths/* decodeGitOutput */.MP)(text)];
            }
            catch (e) {
                if (e instanceof errors/* ModelFileError */.EO)
                    return null;
                throw e;
            }
        }));
        return { links: new Map(texts.filter((t) => t !== null)), skipped: links.length - read.length };
    }
    async listUntracked() {
        const top = await this.topLevel();
        const raw = (await (0,exec/* runChecked */.X4)('git', ['-c', 'core.quotepath=off', 'ls-files', '-z', '--others', '--exclude-standard'], { cwd: top }));
        return (0,git_paths/* decodeGitOutput */.MP)(raw).split('\0').filter((p) => p !== '');
    }
    async listWorkingFiles() {
        const top = await this.topLevel();
        const raw = (await (0,exec/* runChecked */.X4)('git', ['-c', 'core.quotepath=off', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: top }));
        return [...new Set((0,git_paths/* decodeGitOutput */.MP)(raw).split('\0').filter((p) => p !== ''))];
    }
}
function parseTreeListing(raw) {
    const files = [];
    const blobs = new Set();
    const links = [];
    for (const line of raw.split('\0')) {
        const m = /^(\d+) ([a-z]+) ([0-9a-f]+)\t([^]*)$/.exec(line);
        if (!m || m[4] === '')
            continue;
        files.push(m[4]);
        if (m[2] === 'blob')
            blobs.add(m[4]);
        if (m[1] === SYMLINK_MODE && m[2] === 'blob')
            links.push({ path: m[4], oid: m[3] });
    }
    return { files, blobs, links };
}
function parseNameStatusZ(raw) {
    const parts = raw.split('\0');
    const changes = [];
    for (let i = 0; i < parts.length;) {
        const code = parts[i++];
        if (!code)
            continue;
        const kind = code[0];
        if (kind === 'R' || kind === 'C') {
            const from = parts[i++] ?? '';
            const to = parts[i++] ?? '';
            changes.push(kind === 'R' ? { status: 'renamed', path: to, previousPath: from } : { status: 'added', path: to });
        }
        else {
            const path = parts[i++] ?? '';
            if (kind === 'A')
                changes.push({ status: 'added', path });
            else if (kind === 'D')
                changes.push({ status: 'removed', path });
            else
                changes.push({ status: 'modified', path });
        }
    }
    return changes;
}
function vanished(contents, oid) {
    if (contents === null)
        throw new exec/* CommandError */.Qd(`git cat-file --batch ${oid}`, 0, `object ${oid} is listed in the tree but git cannot read it`);
    return contents;
}


/***/ }),

/***/ 8309:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RR: () => (/* binding */ resolveLfsPointer),
/* harmony export */   l$: () => (/* binding */ MAX_POINTER_BYTES),
/* harmony export */   y: () => (/* binding */ parseLfsPointer)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(261);
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8509);



const VERSION_LINES = ['version https://git-lfs.github.com/spec/v1', 'version https://hawser.github.com/spec/v1'];
const MAX_POINTER_BYTES = 1024;
function parseLfsPointer(bytes) {
    if (bytes.length === 0 || bytes.length >= MAX_POINTER_BYTES)
        return null;
    const text = Buffer.from(bytes).toString('utf8');
    if (!VERSION_LINES.some((v) => text.startsWith(`${v}\n`) || text.startsWith(`${v}\r\n`)))
        return null;
    const oid = /^oid sha256:([0-9a-f]{64})\s*$/m.exec(text)?.[1];
    const size = /^size (\d+)\s*$/m.exec(text)?.[1];
    if (!oid || size === undefined)
        return null;
    return { oid, size: Number(size) };
}
async function resolveLfsPointer(cwd, pointerBytes, pointer, path, commit, mode, target, env) {
    if (mode === 'skip')
        return { ok: false, pointer, reason: 'lfs: skip' };
    const version = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d1)('git', ['lfs', 'version'], { cwd, timeoutMs: 20_000, ...(env ? { env } : {}) });
    if (version.code !== 0)
        return { ok: false, pointer, reason: 'git-lfs is not installed' };
    if (commit && (0,_git_js__WEBPACK_IMPORTED_MODULE_2__/* .isSha */ .HH)(commit) && !/[,*?[\]{}!\\]/.test(path)) {
        await (0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d1)('git', ['lfs', 'fetch', 'origin', commit, `--include=${path}`, '--exclude='], { cwd, timeoutMs: 300_000, ...(env ? { env } : {}) });
    }
    const smudged = await (0,_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .runCommand */ .d1)('git', ['lfs', 'smudge', '--', path], { cwd, input: pointerBytes, timeoutMs: 300_000, stdoutFile: target, ...(env ? { env } : {}) });
    const size = smudged.code === 0 ? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(target)).size : -1;
    const passedThrough = size >= 0 && size < MAX_POINTER_BYTES && parseLfsPointer(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(target)) !== null;
    if (smudged.code !== 0 || passedThrough || size !== pointer.size) {
        const why = smudged.code !== 0 ? smudged.stderr.trim().split('\n')[0] || `exit ${smudged.code}` : 'object not available';
        return { ok: false, pointer, reason: `git lfs smudge failed: ${why}` };
    }
    return { ok: true, size };
}


/***/ }),

/***/ 8865:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* binding */ MAX_ALIAS_PATHS),
/* harmony export */   EK: () => (/* binding */ MAX_LINK_TARGET_BYTES),
/* harmony export */   O4: () => (/* binding */ resolveInTree),
/* harmony export */   Pu: () => (/* binding */ linkAliases),
/* harmony export */   RE: () => (/* binding */ MAX_LINK_ALIASES),
/* harmony export */   vk: () => (/* binding */ MAX_LINKS)
/* harmony export */ });
/* unused harmony export MAX_LINK_HOPS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);

const MAX_LINKS = 10_000;
const MAX_LINK_HOPS = 40;
const MAX_LINK_ALIASES = 1_000;
const MAX_LINK_TARGET_BYTES = 4096;
function step(link, target) {
    if (target === '' || target.startsWith('/'))
        return null;
    const dir = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(link);
    const joined = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(dir === '.' ? target : `${dir}/${target}`).replace(/\/+$/, '');
    if (joined === '..' || joined.startsWith('../'))
        return null;
    return joined === '.' ? '' : joined;
}
function resolveInTree(path, links) {
    let parts = path.split('/').filter((p) => p !== '');
    let hops = 0;
    for (let i = 1; i <= parts.length; i++) {
        const prefix = parts.slice(0, i).join('/');
        const target = links.get(prefix);
        if (target === undefined)
            continue;
        if (++hops > MAX_LINK_HOPS)
            return null;
        const to = step(prefix, target);
        if (to === null)
            return null;
        parts = [...to.split('/').filter((p) => p !== ''), ...parts.slice(i)];
        i = 0;
    }
    return parts.join('/');
}
function selfAndAncestors(path) {
    const out = [path];
    for (let d = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(path); d !== '.' && d !== '/'; d = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(d))
        out.push(d);
    return out;
}
const MAX_ALIAS_PATHS = 20_000;
function linkAliases(changed, listing) {
    const byTarget = new Map();
    for (const link of listing.links.keys()) {
        const to = resolveInTree(link, listing.links);
        if (to === null || to === '')
            continue;
        const list = byTarget.get(to);
        if (list)
            list.push(link);
        else
            byTarget.set(to, [link]);
    }
    const aliases = new Map();
    const queue = [...changed].map((c) => ({ path: c, target: c }));
    const sources = new Set(queue.map((q) => q.path));
    for (let i = 0; i < queue.length; i++) {
        const { path, target } = queue[i];
        for (const at of selfAndAncestors(path)) {
            for (const link of byTarget.get(at) ?? []) {
                const alias = link + path.slice(at.length);
                if (aliases.has(alias) || sources.has(alias))
                    continue;
                if (resolveInTree(alias, listing.links) !== target)
                    continue;
                aliases.set(alias, target);
                if (aliases.size >= MAX_ALIAS_PATHS)
                    return { aliases, truncated: true };
                queue.push({ path: alias, target });
            }
        }
    }
    return { aliases, truncated: false };
}


/***/ }),

/***/ 9008:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ emptySource),
/* harmony export */   BJ: () => (/* binding */ Materialiser),
/* harmony export */   VT: () => (/* binding */ sideFilePath),
/* harmony export */   Ym: () => (/* binding */ gitSource),
/* harmony export */   fr: () => (/* binding */ readPrefix),
/* harmony export */   p9: () => (/* binding */ bringSideFiles),
/* harmony export */   v9: () => (/* binding */ dirSource)
/* harmony export */ });
/* unused harmony exports underRoot, walk, filesEqual, DiskFullError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var _formats_contained_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4750);
/* harmony import */ var _formats_registry_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1822);
/* harmony import */ var _graph_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5875);
/* harmony import */ var _exec_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(261);
/* harmony import */ var _git_paths_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9235);
/* harmony import */ var _lfs_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8309);
/* harmony import */ var _link_aliases_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(8865);











function underRoot(root, path) {
    if ((0,_git_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .undecodableName */ .KN)(path))
        throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ModelFileError */ .EO(path, _git_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .UNDECODABLE_NAME */ .zV);
    const parts = path.split('/');
    if ((0,_git_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .hasUncheckedOutComponent */ .As)(path) || (node_path__WEBPACK_IMPORTED_MODULE_3__.sep === '\\' && parts.some((part) => /[\\:]/.test(part))))
        throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ModelFileError */ .EO(path, _git_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .NOT_CHECKED_OUT */ .pL);
    return (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, ...parts);
}
function gitSource(git, sha, side) {
    return {
        side,
        description: `commit ${sha.slice(0, 12)}`,
        read: (path, maxBytes) => git.readBlob(sha, path, maxBytes),
        localFile: async () => null,
        diskRoot: null,
        commit: sha,
        list: () => git.listFiles(sha),
        size: (path) => git.blobSize(sha, path),
        copyTo: (path, target) => git.copyBlob(sha, path, target),
        blobIds: (paths) => git.blobIds(sha, paths),
        links: () => git.listLinks(sha),
    };
}
const PROBE_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK === undefined ? 'r' : node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK;
function unreadable(e, path) {
    const code = e?.code;
    return e instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ModelFileError */ .EO || typeof code !== 'string' ? e : new _graph_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ModelFileError */ .EO(path, `cannot read it (${code})`);
}
async function openToRead(file, path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(file, PROBE_FLAGS);
    }
    catch (e) {
        throw unreadable(e, path);
    }
}
async function readPrefix(file, maxBytes, path) {
    const fh = await openToRead(file, path);
    try {
        const st = await fh.stat();
        if (!st.isFile())
            throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ModelFileError */ .EO(path, 'is not a regular file');
        const want = Math.max(0, Math.min(st.size, maxBytes));
        const buf = Buffer.alloc(want);
        let got = 0;
        while (got < want) {
            const { bytesRead } = await fh.read(buf, got, want - got, got);
            if (bytesRead === 0)
                break;
            got += bytesRead;
        }
        return buf.subarray(0, got);
    }
    catch (e) {
        throw unreadable(e, path);
    }
    finally {
        await fh.close();
    }
}
function dirSource(root, side, description, commit = null, lister, options = {}) {
    const within = options.confine === false ? null : root;
    const locate = (path) => {
        try {
            return (0,_formats_contained_file_js__WEBPACK_IMPORTED_MODULE_4__/* .containedFile */ .or)(underRoot(root, path), within, `the ${description}`);
        }
        catch (e) {
            if (e instanceof _formats_contained_file_js__WEBPACK_IMPORTED_MODULE_4__/* .UnsafeFileError */ .h)
                throw new _graph_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ModelFileError */ .EO(path, e.reason);
            throw e;
        }
    };
    let listing;
    const list = () => (listing ??= (lister ?? (() => walk(root)))());
    return {
        side,
        description,
        read: async (path, maxBytes) => {
            const f = locate(path);
            return f === null ? null : readPrefix(f.real, maxBytes, path);
        },
        localFile: async (path) => locate(path)?.real ?? null,
        diskRoot: root,
        commit,
        list,
        links: async () => diskLinks(root, await walk(root, { links: true }), lister ? new Set(await list()) : null),
        size: async (path) => locate(path)?.size ?? null,
        copyTo: async (path, target) => {
            const f = locate(path);
            if (f === null)
                return false;
            try {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(f.real, target);
            }
            catch (e) {
                await (await openToRead(f.real, path)).close();
                throw e;
            }
            return true;
        },
    };
}
async function diskLinks(root, paths, listed) {
    const links = new Map();
    let skipped = 0;
    for (const path of paths) {
        if (listed !== null && !listed.has(path))
            continue;
        if (links.size >= _link_aliases_js__WEBPACK_IMPORTED_MODULE_10__/* .MAX_LINKS */ .vk) {
            skipped++;
            continue;
        }
        let target;
        try {
            target = (0,_git_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .decodeGitOutput */ .MP)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(underRoot(root, path), { encoding: 'buffer' }));
        }
        catch {
            continue;
        }
        links.set(path, target);
    }
    return { links, skipped };
}
function emptySource(side, description) {
    return {
        side, description, read: async () => null, localFile: async () => null, diskRoot: null, commit: null, list: async () => [],
        size: async () => null, copyTo: async () => false,
    };
}
const SKIP_DIRS = new Set(['.git', 'node_modules']);
async function walk(root, options = {}) {
    const out = [];
    const visit = async (rel) => {
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(rel ? (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(root, ...rel.split('/')) : root, { withFileTypes: true });
        }
        catch (e) {
            if (options.links)
                return;
            throw e;
        }
        for (const e of entries) {
            const p = rel ? `${rel}/${e.name}` : e.name;
            if (e.isDirectory()) {
                if (!SKIP_DIRS.has(e.name))
                    await visit(p);
            }
            else if (options.links ? e.isSymbolicLink() : e.isFile() || e.isSymbolicLink()) {
                out.push(p);
            }
        }
    };
    await visit('');
    return out.sort();
}
async function filesEqual(a, b, path) {
    const fa = await openToRead(a, path);
    let fb;
    try {
        fb = await openToRead(b, path);
    }
    catch (e) {
        await fa.close();
        throw e;
    }
    try {
        const chunk = 1 << 20;
        const ba = Buffer.alloc(chunk);
        const bb = Buffer.alloc(chunk);
        for (let at = 0;; at += chunk) {
            const [ra, rb] = await Promise.all([fa.read(ba, 0, chunk, at), fb.read(bb, 0, chunk, at)]);
            if (ra.bytesRead !== rb.bytesRead)
                return false;
            if (ra.bytesRead === 0)
                return true;
            if (!ba.subarray(0, ra.bytesRead).equals(bb.subarray(0, rb.bytesRead)))
                return false;
        }
    }
    catch (e) {
        throw unreadable(e, path);
    }
    finally {
        await Promise.all([fa.close(), fb.close()]);
    }
}
function sideFilePath(modelPath, location) {
    if (location.startsWith('/') || /^[A-Za-z]:/.test(location))
        return null;
    const joined = node_path__WEBPACK_IMPORTED_MODULE_3__.posix.normalize(node_path__WEBPACK_IMPORTED_MODULE_3__.posix.join(node_path__WEBPACK_IMPORTED_MODULE_3__.posix.dirname(modelPath), location.replace(/\\/g, '/')));
    return joined.startsWith('../') || joined === '..' ? null : joined;
}
const MAX_PROBED_SIDE_FILES = 16;
async function bringSideFiles(path, file, sideFilesAt, place) {
    const paths = async (at) => (await sideFilesAt(at)).map((loc) => sideFilePath(path, loc)).filter((p) => p !== null);
    const first = await paths(file);
    if (first.length === 0)
        return { placed: null, sideFiles: [] };
    const placed = await place(first);
    if (placed.kind !== 'file')
        return { placed, sideFiles: first };
    const known = new Set(first);
    const more = (await paths(placed.file)).filter((p) => !known.has(p));
    if (more.length === 0)
        return { placed, sideFiles: first };
    const all = [...first, ...more];
    return { placed: await place(all), sideFiles: all };
}
const MAX_LFSCONFIG_BYTES = 64 * 1024;
class DiskFullError extends _graph_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .EnvironmentError */ .eG {
    name = 'DiskFullError';
}
function diskFull(e, what, where) {
    const code = e?.code;
    const said = e instanceof _exec_js__WEBPACK_IMPORTED_MODULE_7__/* .CommandError */ .Qd ? /no space left on device|disk quota exceeded/i.exec(e.stderr)?.[0] : undefined;
    if (code !== 'ENOSPC' && code !== 'EDQUOT' && said === undefined)
        return null;
    return new DiskFullError(`no space left to copy ${what} into the temporary folder ${where} (${said ?? code}): free space on that disk, or point TMPDIR at a larger one`);
}
class Materialiser {
    repoRoot;
    lfsMode;
    log;
    warn;
    tempRoot = null;
    folderCount = 0;
    constructor(repoRoot, lfsMode, log = () => undefined, warn = log) {
        this.repoRoot = repoRoot;
        this.lfsMode = lfsMode;
        this.log = log;
        this.warn = warn;
    }
    async temp(source, what, folders) {
        try {
            if (!this.tempRoot)
                this.tempRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'model-budget-'));
            const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(this.tempRoot, `${source.side}-${++this.folderCount}`);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir);
            folders?.push(dir);
            return dir;
        }
        catch (e) {
            throw diskFull(e, what, this.tempRoot ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)()) ?? e;
        }
    }
    async release(folders) {
        const root = this.tempRoot;
        for (const dir of folders) {
            if (root === null || (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(dir) !== root)
                continue;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { recursive: true, force: true }).catch((e) => this.log(`Cannot remove ${dir} yet (${e.code ?? e.message}); it goes at the end of the run`));
        }
    }
    async inspect(source, path) {
        const size = await source.size(path);
        if (size === null)
            return { kind: 'missing' };
        if (size >= _lfs_js__WEBPACK_IMPORTED_MODULE_9__/* .MAX_POINTER_BYTES */ .l$)
            return { kind: 'content' };
        const bytes = await source.read(path, _lfs_js__WEBPACK_IMPORTED_MODULE_9__/* .MAX_POINTER_BYTES */ .l$);
        if (bytes === null)
            return { kind: 'missing' };
        const pointer = (0,_lfs_js__WEBPACK_IMPORTED_MODULE_9__/* .parseLfsPointer */ .y)(bytes);
        return pointer ? { kind: 'pointer', bytes, pointer } : { kind: 'content' };
    }
    lfsEnvs = new Map();
    lfsEnv(source, what) {
        const commit = source.commit;
        if (source.diskRoot !== null || commit === null || this.lfsMode === 'skip')
            return undefined;
        let env = this.lfsEnvs.get(commit);
        if (env === undefined) {
            env = (async () => {
                let config;
                try {
                    config = (await source.read('.lfsconfig', MAX_LFSCONFIG_BYTES)) ?? Buffer.alloc(0);
                }
                catch (e) {
                    if (!(e instanceof _graph_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .ModelFileError */ .EO))
                        throw e;
                    config = Buffer.alloc(0);
                }
                const tree = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(await this.temp(source, what, undefined), 'lfs-work-tree');
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(tree);
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(tree, '.lfsconfig'), config);
                const gitDir = (await (0,_exec_js__WEBPACK_IMPORTED_MODULE_7__/* .runChecked */ .X4)('git', ['rev-parse', '--absolute-git-dir'], { cwd: this.repoRoot })).toString('utf8').trim();
                return { ...process.env, GIT_DIR: gitDir, GIT_WORK_TREE: tree };
            })();
            this.lfsEnvs.set(commit, env);
            env.catch(() => this.lfsEnvs.delete(commit));
        }
        return env;
    }
    async place(source, path, what, target) {
        let r;
        try {
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(target), { recursive: true });
            const env = what.kind === 'pointer' ? await this.lfsEnv(source, `${path} (${source.side})`) : undefined;
            r = what.kind === 'pointer' ? await (0,_lfs_js__WEBPACK_IMPORTED_MODULE_9__/* .resolveLfsPointer */ .RR)(this.repoRoot, what.bytes, what.pointer, path, source.commit, this.lfsMode, target, env) : null;
            if (r === null)
                await source.copyTo(path, target);
        }
        catch (e) {
            throw diskFull(e, `${path} (${source.side})`, this.tempRoot ?? (0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)()) ?? e;
        }
        if (r === null)
            return null;
        if (r.ok) {
            this.log(`${path} (${source.side}): fetched from Git LFS (${r.size} bytes)`);
            return null;
        }
        const message = `${path} (${source.side}): Git LFS pointer not resolved (${r.reason})`;
        if (this.lfsMode === 'fetch')
            this.warn(`${message}; reporting it as stored in Git LFS`);
        else
            this.log(message);
        return { size: r.pointer.size, reason: r.reason };
    }
    async placeModel(source, path, folders) {
        const model = await this.inspect(source, path);
        if (model.kind === 'missing')
            return { kind: 'missing' };
        if (source.diskRoot !== null && model.kind === 'content') {
            return { kind: 'file', file: underRoot(source.diskRoot, path), root: source.diskRoot, inPlace: true, placed: [] };
        }
        const root = await this.temp(source, `${path} (${source.side})`, folders);
        const file = underRoot(root, path);
        const failed = await this.place(source, path, model, file);
        return failed ? { kind: 'lfs', path, ...failed } : { kind: 'file', file, root, inPlace: false, placed: [] };
    }
    async placeSideFiles(source, path, at, sidePaths, folders) {
        const done = new Set(at.placed);
        const todo = at.inPlace ? sidePaths : sidePaths.filter((p) => !done.has(p));
        const sides = await this.inspectAll(source, todo);
        if (at.inPlace && sides.every((s) => s.what.kind !== 'pointer'))
            return at;
        let place = at;
        if (at.inPlace) {
            const root = await this.temp(source, `${path} (${source.side})`, folders);
            place = { kind: 'file', file: underRoot(root, path), root, inPlace: false, placed: [] };
            await this.place(source, path, { kind: 'content' }, place.file);
        }
        for (const s of sides) {
            if (s.what.kind === 'missing')
                continue;
            const failed = await this.place(source, s.path, s.what, underRoot(place.root, s.path));
            if (failed)
                return { kind: 'lfs', path: s.path, ...failed };
        }
        return { ...place, placed: [...place.placed, ...todo] };
    }
    async materialise(source, path) {
        const model = await this.placeModel(source, path);
        if (model.kind !== 'file')
            return model;
        let at = model;
        const { placed, sideFiles } = await bringSideFiles(path, model.file, (file) => (0,_formats_registry_js__WEBPACK_IMPORTED_MODULE_5__/* .sideFileLocations */ .ue)(path, { file }), async (paths) => {
            const r = await this.placeSideFiles(source, path, at, paths);
            if (r.kind === 'file')
                at = r;
            return r;
        });
        if (placed !== null && placed.kind !== 'file')
            return placed;
        return { kind: 'file', file: at.file, sideFiles, root: at.root };
    }
    async inspectAll(source, paths) {
        const listed = source.diskRoot === null && paths.length > MAX_PROBED_SIDE_FILES ? new Set(await source.list()) : null;
        const out = [];
        for (const p of paths)
            out.push({ path: p, what: listed && !listed.has(p) ? { kind: 'missing' } : await this.inspect(source, p) });
        return out;
    }
    async cleanup() {
        if (this.tempRoot)
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.tempRoot, { recursive: true, force: true });
        this.tempRoot = null;
    }
}


/***/ })

};
