export async function run(_argv: string[]): Promise<number> {
  process.stderr.write('moderate train: not built yet\n');
  return 1;
}
