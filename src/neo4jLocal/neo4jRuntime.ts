import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';

/** The Maven project (pom + conf template) that describes the Neo4j Community runtime. */
export const RUNTIME_DIR = path.join(projectRoot, 'neo4j');
/** Where `mvn package` copies the ~200 runtime jars. */
export const LIB_DIR = path.join(RUNTIME_DIR, 'target', 'lib');

/** Raised when a prerequisite is missing; the message says what to install or which variable to set instead. */
export class RuntimeSetupError extends Error {
  override name = 'RuntimeSetupError';
}

const INSTEAD = 'or set NEO4J_URI (with NEO4J_USERNAME/NEO4J_PASSWORD) to use an existing Neo4j 5 server';

/** Checks that `java` 17+ and (when jars must be built) `mvn` are on the PATH. */
export function checkTool(tool: 'java' | 'mvn', env: NodeJS.ProcessEnv = process.env): void {
  const r = spawnSync(tool, ['-version'], { encoding: 'utf8', env });
  if (r.error) {
    const what = tool === 'java' ? 'a Java 17 (or 21) runtime, e.g. `apt-get install openjdk-17-jre-headless`' : 'Apache Maven, e.g. `apt-get install maven`';
    throw new RuntimeSetupError(`\`${tool}\` was not found on the PATH: install ${what}, ${INSTEAD}.`);
  }
  if (tool === 'java') {
    const m = /version "(\d+)/.exec(`${r.stderr}${r.stdout}`);
    const major = m ? Number(m[1]) : 0;
    if (major < 17) throw new RuntimeSetupError(`Java ${major || '?'} found; Neo4j 5.26 needs Java 17 or 21, ${INSTEAD}.`);
  }
}

/** True when the jars are present (a finished build leaves the Neo4j kernel jar in target/lib). */
export function runtimeIsBuilt(): boolean {
  return fs.existsSync(LIB_DIR) && fs.readdirSync(LIB_DIR).some((f) => /^neo4j-kernel-5\.26\.\d+\.jar$/.test(f));
}

/**
 * Builds the runtime with Maven when it is missing. The first build downloads ~150 MB into ~/.m2, so it
 * reports progress (files downloaded) instead of staying silent for minutes.
 */
export async function ensureRuntime(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Promise<void> {
  if (runtimeIsBuilt()) return;
  checkTool('mvn');
  log('[neo4j] building the Neo4j 5.26 runtime from Maven Central (first time only; ~150 MB)…');
  await new Promise<void>((resolve, reject) => {
    const mvn = spawn('mvn', ['-B', '-Dstyle.color=never', 'package'], { cwd: RUNTIME_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    let downloaded = 0;
    let lastReport = Date.now();
    const tail: string[] = [];
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > 30) tail.shift();
        if (line.startsWith('Downloaded from')) downloaded += 1;
      }
      if (Date.now() - lastReport > 2000) {
        lastReport = Date.now();
        log(`[neo4j] … ${downloaded} files downloaded`);
      }
    };
    mvn.stdout.on('data', onData);
    mvn.stderr.on('data', onData);
    mvn.on('error', (e) => reject(new RuntimeSetupError(`could not run mvn: ${e.message}`)));
    mvn.on('exit', (code) => {
      if (code === 0 && runtimeIsBuilt()) {
        log(`[neo4j] runtime ready (${fs.readdirSync(LIB_DIR).length} jars, ${downloaded} files downloaded)`);
        resolve();
      } else {
        reject(new RuntimeSetupError(`mvn package failed (exit ${code}) in ${RUNTIME_DIR}; last output:\n${tail.join('\n')}`));
      }
    });
  });
}
