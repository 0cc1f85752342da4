import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { invalidField, newTokenSchema, newUserSchema, roleChangeSchema } from './users';

const failingField = (
  schema: { safeParse(value: unknown): { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } } },
  value: unknown,
) => {
  const result = schema.safeParse(value);
  assert.equal(result.success, false, `${JSON.stringify(value)} should fail`);
  return result.error!.issues[0]!.path.join('.');
};

describe('user and token schemas', () => {
  it('normalises the e-mail and keeps the optional fields optional', () => {
    assert.deepEqual(newUserSchema.parse({ email: '  Ann@Example.COM ', role: 'viewer' }), {
      email: 'ann@example.com',
      role: 'viewer',
    });
  });

  it('names the failing field of a new user', () => {
    assert.equal(failingField(newUserSchema, { email: 'ann', role: 'viewer' }), 'email');
    assert.equal(failingField(newUserSchema, { email: 'ann@example.com', role: 'root' }), 'role');
    assert.equal(
      failingField(newUserSchema, { email: 'ann@example.com', role: 'viewer', password: '123456789' }),
      'password',
    );
    assert.equal(failingField(roleChangeSchema, {}), 'role');
  });

  it('wants exactly one owner of a token, by e-mail or by id', () => {
    assert.equal(failingField(newTokenSchema, { name: 'x', role: 'viewer' }), 'email');
    assert.equal(
      failingField(newTokenSchema, { email: 'a@example.com', userId: 'u1', name: 'x', role: 'viewer' }),
      'email',
    );
    assert.equal(failingField(newTokenSchema, { userId: 'u1', name: '  ', role: 'viewer' }), 'name');
    assert.equal(newTokenSchema.parse({ userId: 'u1', name: ' ci ', role: 'reviewer' }).name, 'ci');
  });

  it('invalidField makes a one-issue error on that field', () => {
    const error = invalidField('role', 'must be admin');
    assert.deepEqual(
      error.issues.map((issue) => [issue.path.join('.'), issue.message]),
      [['role', 'must be admin']],
    );
  });
});
