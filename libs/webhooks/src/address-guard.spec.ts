import { classifyAddress, resolveTarget } from './address-guard';
import { ForbiddenWebhookTargetError, InvalidWebhookUrlError } from './webhooks.errors';

describe('webhook address guard', () => {
  it.each([
    '127.0.0.1', '127.255.255.254', '10.0.0.1', '10.255.255.255', '172.16.0.1', '172.31.255.255', '192.168.1.1',
    '169.254.169.254', '169.254.0.1', '100.64.0.1', '100.127.255.255', '0.0.0.0', '224.0.0.1', '255.255.255.255',
    '192.0.0.1', '198.18.0.1', '240.0.0.1',
    '::1', '::', 'fe80::1', 'fc00::1', 'fd00:ec2::254', 'ff02::1',
    '::ffff:127.0.0.1', '::ffff:10.0.0.1', '::ffff:169.254.169.254', '::ffff:7f00:1',
    '64:ff9b::a00:1', '2002:7f00:1::', '2001::1', 'not-an-ip',
  ])('refuses %s', (addr) => {
    expect(classifyAddress(addr).allowed).toBe(false);
  });

  it.each(['93.184.216.34', '8.8.8.8', '1.1.1.1', '172.32.0.1', '100.128.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('allows public %s', (addr) => {
    expect(classifyAddress(addr).allowed).toBe(true);
  });

  const opts = { allowHttp: true, allowPrivate: false };

  it.each([
    'http://127.0.0.1:8080/hook', 'http://10.1.2.3/hook', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/',
    'http://[::ffff:127.0.0.1]/', 'http://2130706433/', 'http://0x7f.1/', 'http://0177.0.0.1/', 'http://0/',
  ])('refuses the literal target %s without DNS', async (url) => {
    const resolver = jest.fn();
    await expect(resolveTarget(url, { ...opts, resolver })).rejects.toBeInstanceOf(ForbiddenWebhookTargetError);
    expect(resolver).not.toHaveBeenCalled();
  });

  it('refuses localhost (resolved by the system resolver)', async () => {
    await expect(resolveTarget('http://localhost:9/hook', opts)).rejects.toBeInstanceOf(ForbiddenWebhookTargetError);
  });

  it('refuses a name that resolves to a private address, also when another answer is public', async () => {
    const resolver = async () => [{ address: '93.184.216.34', family: 4 }, { address: '10.0.0.7', family: 4 }];
    await expect(resolveTarget('https://hooks.example.com/x', { ...opts, resolver })).rejects.toThrow(/10\.0\.0\.7/);
    await expect(resolveTarget('https://meta.example.com/x', { ...opts, resolver: async () => [{ address: '169.254.169.254', family: 4 }] })).rejects.toThrow(/169\.254\.169\.254/);
  });

  it('pins the vetted address of a public name', async () => {
    const t = await resolveTarget('https://hooks.example.com/x', { ...opts, resolver: async () => [{ address: '93.184.216.34', family: 4 }] });
    expect(t).toMatchObject({ host: 'hooks.example.com', address: '93.184.216.34', family: 4 });
  });

  it('refuses a name that does not resolve', async () => {
    await expect(resolveTarget('https://nowhere.invalid/x', { ...opts, resolver: async () => { throw new Error('ENOTFOUND'); } })).rejects.toBeInstanceOf(ForbiddenWebhookTargetError);
  });

  it('refuses http:// unless allowed, and credentials in the URL', async () => {
    await expect(resolveTarget('http://93.184.216.34/', { allowHttp: false, allowPrivate: false })).rejects.toBeInstanceOf(InvalidWebhookUrlError);
    await expect(resolveTarget('https://u:p@93.184.216.34/', opts)).rejects.toBeInstanceOf(InvalidWebhookUrlError);
    await expect(resolveTarget('ftp://93.184.216.34/', opts)).rejects.toBeInstanceOf(InvalidWebhookUrlError);
  });

  it('lets private targets through when the operator allows them', async () => {
    await expect(resolveTarget('http://127.0.0.1:8080/', { allowHttp: true, allowPrivate: true })).resolves.toMatchObject({ address: null });
  });
});
