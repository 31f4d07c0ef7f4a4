export async function run(_argv: string[]): Promise<number> {
  process.stderr.write('moderate eval: not built yet\n');
  return 1;
}
