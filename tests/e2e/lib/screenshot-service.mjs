// Launcher side of the screenshot protocol (the suite side is requestScreenshot in helpers.js):
// watch a folder for `<name>.request.json`, take the picture with whatever the launcher has, and
// answer with `<name>.result.json` (written whole, by rename, so the suite never reads half).
import fs from 'node:fs';
import path from 'node:path';

/**
 * @typedef {{ selector: string, text?: string }} DomWait
 * @typedef {{ ok: boolean, file?: string, skipped?: boolean, reason?: string, missing?: string[] }} ShotResult
 * @param {string} dir
 * @param {(name: string, waitFor: DomWait[], pngPath: string) => Promise<ShotResult>} take
 * @param {(msg: string) => void} log
 */
export function startScreenshotService(dir, take, log) {
  fs.mkdirSync(dir, { recursive: true });
  const seen = new Set();
  let queue = Promise.resolve();

  const handle = (file) => {
    const m = /^([\w.-]+)\.request\.json$/.exec(file);
    if (!m || seen.has(file)) return;
    const full = path.join(dir, file);
    let request;
    try {
      request = JSON.parse(fs.readFileSync(full, 'utf8'));
    } catch {
      return; // not there any more, or (never, given the rename) half written
    }
    seen.add(file);
    const name = m[1];
    queue = queue.then(async () => {
      const png = path.join(dir, `${name}.png`);
      /** @type {ShotResult} */
      let result;
      try {
        result = await take(name, Array.isArray(request.waitFor) ? request.waitFor : [], png);
      } catch (err) {
        result = { ok: false, reason: String(err?.message ?? err) };
      }
      log(`screenshot ${name}: ${result.ok ? png : `${result.skipped ? 'skipped' : 'FAILED'} (${result.reason})`}${result.missing?.length ? `; not visible: ${result.missing.join(', ')}` : ''}`);
      const tmp = path.join(dir, `.${name}.result.json.tmp`);
      fs.writeFileSync(tmp, JSON.stringify(result));
      fs.renameSync(tmp, path.join(dir, `${name}.result.json`));
      fs.rmSync(full, { force: true });
      seen.delete(file);
    });
  };

  const watcher = fs.watch(dir, (_event, file) => file && handle(String(file)));
  for (const f of fs.readdirSync(dir)) handle(f);
  return {
    async close() {
      watcher.close();
      await queue;
    },
  };
}

/** Remove the previous run's screenshots and protocol files from `dir`. */
export function clearScreenshots(dir) {
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(dir)) {
    if (/\.(png|request\.json|result\.json|tmp)$/.test(f)) fs.rmSync(path.join(dir, f), { force: true });
  }
}
