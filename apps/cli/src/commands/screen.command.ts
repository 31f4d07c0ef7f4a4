export async function run(_argv: string[]): Promise<number> {
  process.stderr.write('moderate screen: not built yet\n');
  return 1;
}
