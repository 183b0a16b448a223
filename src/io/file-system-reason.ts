const reasons: Readonly<Record<string, string>> = {
  ENOSPC: "no space left on the device",
  EDQUOT: "the disk quota is used up",
  EROFS: "it is on a read-only file system",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOTDIR: "part of the path is a file, not a folder",
  ENOENT: "it does not take new files",
  EEXIST: "a file or folder of that name is already there",
  ELOOP: "too many symbolic links",
  ENAMETOOLONG: "the name is too long",
  EISDIR: "a folder is where a file should be",
  EIO: "the device reported an input/output error",
  EMFILE: "too many files open",
  EBUSY: "it is in use",
};

/**
 * Why the system refused to write, in words, for an error from `node:fs`; undefined for an error that is
 * not a refusal by the file system (which is a bug in the tool, not a fact about the disk).
 */
export function fileSystemReason(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code !== undefined && code in reasons ? `${reasons[code]} (${code})` : undefined;
}
