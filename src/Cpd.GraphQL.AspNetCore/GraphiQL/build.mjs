// Bundles GraphiQL (npm, pinned by package-lock.json) into one script and one style sheet for the assembly's embedded
// resources: `npm ci` when node_modules is missing, then esbuild. Called by the project's BundleGraphiQL target when
// the bundle is missing or older than its inputs. Usage: node build.mjs OUTPUT_DIRECTORY
// Builds of several projects may run at once: a directory lock makes them install and bundle one at a time.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2];
if (!out) {
  console.error('usage: node build.mjs OUTPUT_DIRECTORY');
  process.exit(2);
}

const lock = join(here, 'node_modules.lock');
const sleep = ms => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
for (let waited = 0; ; waited += 200) {
  try {
    mkdirSync(lock);
    break;
  } catch {
    // A lock older than ten minutes was left by a killed build.
    if (waited > 600_000 || Date.now() - statSync(lock).mtimeMs > 600_000) {
      rmSync(lock, { recursive: true, force: true });
    }
    sleep(200);
  }
}

try {
  if (!existsSync(join(here, 'node_modules', 'graphiql', 'package.json')) || !existsSync(join(here, 'node_modules', 'esbuild', 'package.json'))) {
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: here, stdio: 'inherit', shell: process.platform === 'win32' });
  }

  const esbuild = await import(join(here, 'node_modules', 'esbuild', 'lib', 'main.js'));
  await esbuild.build({
    entryPoints: [join(here, 'graphiql.js')],
    bundle: true,
    minify: true,
    format: 'iife',
    outdir: out,
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl' },
    logLevel: 'warning',
    legalComments: 'none',
  });
} finally {
  rmSync(lock, { recursive: true, force: true });
}
