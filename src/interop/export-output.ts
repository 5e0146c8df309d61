import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { DomainError } from '../common/domain-error';

/**
 * Where a CLI export goes. Files are written under a temporary name beside their target and
 * renamed at the end, so a failed export leaves nothing behind and never half a file.
 */
export interface ExportOutput {
  /** A stream for the file (a folder output needs the file name). */
  open(fileName?: string): Writable;
  commit(): void;
  abort(): void;
}

function cannotWrite(out: string, reason: string): DomainError {
  return DomainError.badInput('out', `cannot write ${out}: ${reason}`);
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR' || code === 'ENOENT') return 'its folder does not exist';
  if (code === 'EROFS') return 'the file system is read-only';
  return (error as Error).message;
}

/** Fails now, before any reading, when the folder cannot take a new file. */
function probe(folder: string, out: string): void {
  const file = path.join(folder, `.faultline-probe-${process.pid}`);
  try {
    fs.closeSync(fs.openSync(file, 'wx'));
    fs.rmSync(file, { force: true });
  } catch (error) {
    throw cannotWrite(out, reasonOf(error));
  }
}

function isFolder(target: string): boolean {
  return fs.existsSync(target) && fs.statSync(target).isDirectory();
}

/** One file, or standard output for `-`. */
export function fileOutput(out: string): ExportOutput {
  if (out === '-') return { open: () => process.stdout, commit: () => undefined, abort: () => undefined };
  if (isFolder(out)) throw cannotWrite(out, 'it is a folder (give a file name)');
  const parent = path.dirname(path.resolve(out));
  if (!isFolder(parent)) throw cannotWrite(out, 'its folder does not exist');
  probe(parent, out);
  const temporary = `${out}.partial-${process.pid}`;
  return {
    open: () => fs.createWriteStream(temporary),
    commit: () => fs.renameSync(temporary, out),
    abort: () => fs.rmSync(temporary, { force: true }),
  };
}

/** A folder of files (CSV tables): created when missing, its files replaced only at the end. */
export function folderOutput(out: string): ExportOutput {
  if (out === '-') throw cannotWrite(out, 'CSV tables need a folder (give a folder name)');
  if (fs.existsSync(out) && !isFolder(out)) throw cannotWrite(out, 'it is a file (CSV tables need a folder)');
  const parent = path.dirname(path.resolve(out));
  if (!isFolder(parent)) throw cannotWrite(out, 'its parent folder does not exist');
  probe(isFolder(out) ? out : parent, out);
  let created = false;
  const files: string[] = [];
  const temporary = (name: string) => path.join(out, `${name}.partial-${process.pid}`);
  return {
    open: (fileName = 'export.csv') => {
      if (!fs.existsSync(out)) {
        fs.mkdirSync(out);
        created = true;
      }
      files.push(fileName);
      return fs.createWriteStream(temporary(fileName));
    },
    commit: () => files.forEach((name) => fs.renameSync(temporary(name), path.join(out, name))),
    abort: () => {
      files.forEach((name) => fs.rmSync(temporary(name), { force: true }));
      if (created) fs.rmSync(out, { recursive: true, force: true });
    },
  };
}
