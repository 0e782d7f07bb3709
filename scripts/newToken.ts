/**
 * `npm run token -- <name> <role> [expires]`: makes a random API token and prints it once, with the API_TOKENS
 * entry (name:role:sha256) the operator adds to the configuration. The token itself is never stored.
 */
import { createHash, randomBytes } from 'node:crypto';

const [name, role, expires] = process.argv.slice(2);
if (!name || !role || !['reader', 'curator', 'admin'].includes(role)) {
  process.stderr.write('usage: npm run token -- <name> <reader|curator|admin> [expires, e.g. 2027-01-01]\n');
  process.exit(1);
}
const token = randomBytes(32).toString('base64url');
const hash = createHash('sha256').update(token).digest('hex');
process.stdout.write(`token (give it to ${name}; it is not stored anywhere): ${token}\n`);
process.stdout.write(`API_TOKENS entry: ${name}:${role}:${hash}${expires ? `:${expires}` : ''}\n`);
