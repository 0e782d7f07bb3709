import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';

describe('loadConfig', () => {
  it('has local defaults: port 4000, Bolt 7687, data under .data/neo4j', () => {
    const c = loadConfig({});
    expect(c.port).toBe(4000);
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.neo4j.local.boltPort).toBe(7687);
    expect(c.neo4j.local.homeDir).toBe(path.resolve(__dirname, '../../.data/neo4j'));
    expect(Object.isFrozen(c.neo4j.local)).toBe(true);
  });

  it('reports one readable line per bad variable', () => {
    try {
      loadConfig({ PORT: 'abc', NEO4J_URI: 'http://x', NEO4J_HEAP: 'lots' });
      throw new Error('expected ConfigError');
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const lines = (e as ConfigError).problems;
      expect(lines).toHaveLength(3);
      expect(lines.join('\n')).toMatch(/PORT="abc"/);
      expect(lines.join('\n')).toMatch(/NEO4J_URI="http:\/\/x": expected neo4j:\/\//);
      expect(lines.join('\n')).toMatch(/NEO4J_HEAP="lots"/);
    }
  });

  it('requires username and password together with an external server, and never echoes the password', () => {
    expect(() => loadConfig({ NEO4J_URI: 'neo4j+s://db.example', NEO4J_PASSWORD: 'secret-pw' })).toThrow(
      /must be set together/,
    );
    try {
      loadConfig({ NEO4J_URI: 'neo4j+s://db.example', NEO4J_PASSWORD: 'secret-pw' });
    } catch (e) {
      expect(String((e as Error).message)).not.toContain('secret-pw');
    }
    const c = loadConfig({
      NEO4J_URI: 'neo4j+s://db.example',
      NEO4J_USERNAME: 'u',
      NEO4J_PASSWORD: 'p',
      NEO4J_DATABASE: 'kg',
    });
    expect(c.neo4j).toMatchObject({ uri: 'neo4j+s://db.example', database: 'kg' });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', NEO4J_URI: '' }).port).toBe(4000);
  });

  it('answers any operation unless TRUSTED_DOCUMENTS_ONLY is true, with the committed manifest by default', () => {
    const c = loadConfig({});
    expect(c.trustedDocuments.only).toBe(false);
    expect(c.trustedDocuments.file).toBe(path.resolve(__dirname, '../../src/generated/trustedDocuments.json'));
    expect(loadConfig({ TRUSTED_DOCUMENTS_ONLY: 'true' }).trustedDocuments.only).toBe(true);
  });

  it('refuses TRUSTED_DOCUMENTS_ONLY values that are not booleans, and strict mode without its manifest', () => {
    expect(() => loadConfig({ TRUSTED_DOCUMENTS_ONLY: 'yes' })).toThrow(/TRUSTED_DOCUMENTS_ONLY="yes"/);
    expect(() =>
      loadConfig({ TRUSTED_DOCUMENTS_ONLY: 'true', TRUSTED_DOCUMENTS_FILE: '/nonexistent/manifest.json' }),
    ).toThrow(/TRUSTED_DOCUMENTS_FILE="\/nonexistent\/manifest.json": no such file/);
    // Not strict, a missing manifest is not an error until the server loads it.
    expect(loadConfig({ TRUSTED_DOCUMENTS_FILE: '/nonexistent/manifest.json' }).trustedDocuments.only).toBe(false);
  });
});
