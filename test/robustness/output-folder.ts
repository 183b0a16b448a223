import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** Every file under a folder, by path relative to it (forward slashes), with its bytes. */
export function folderContents(folder: string): Map<string, Buffer> {
  const contents = new Map<string, Buffer>();
  const walk = (relative: string) => {
    for (const entry of readdirSync(join(folder, relative), { withFileTypes: true })) {
      const path = relative === "" ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else contents.set(path, readFileSync(join(folder, path)));
    }
  };
  walk("");
  return contents;
}

/** The cells of a CSV file as RFC 4180 reads them: quoted cells may hold commas, quotes and line breaks. */
export function csvCells(text: string): string[] {
  const cells: string[] = [];
  const cell = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n|\n|$)/g;
  for (let match = cell.exec(text); match !== null && match.index < text.length; match = cell.exec(text)) {
    const raw = match[1];
    cells.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    if (match[0] === "") cell.lastIndex += 1;
  }
  return cells;
}

/** Cells Excel would run as a formula: text starting with =, +, -, @, tab or carriage return that is not a number. */
export function formulaCells(text: string): string[] {
  return csvCells(text).filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(cell));
}
