/** The catalog holds every error the seeds describe (issue #2), with the facts users search for. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { entries, entryBySlug, sdkClassForStatus } from '../../src/catalog/index.ts';
import { readProse } from '../../src/prose/files.ts';

const get = (slug: string) => {
  const entry = entryBySlug(slug);
  assert.ok(entry, `the catalog has no entry "${slug}"`);
  return entry;
};

describe('DeepSeek', () => {
  const official: [number, string, string][] = [
    [400, 'Invalid Format', '格式错误'],
    [401, 'Authentication Fails', '认证失败'],
    [402, 'Insufficient Balance', '余额不足'],
    [422, 'Invalid Parameters', '参数错误'],
    [429, 'Rate Limit Reached', '请求速率达到上限'],
    [500, 'Server Error', '服务器故障'],
    [503, 'Server Overloaded', '服务器繁忙'],
  ];
  for (const [status, en, zh] of official) {
    it(`has ${status} under its official names "${en}" / "${zh}"`, () => {
      const entry = get(`deepseek-${status}`);
      assert.equal(entry.http, status);
      assert.deepEqual(entry.officialName, { en, 'zh-cn': zh });
    });
  }
  it('keeps code "invalid_request_error" in the 401 and 402 bodies', () => {
    for (const slug of ['deepseek-401', 'deepseek-402']) assert.equal(get(slug).machine?.code, 'invalid_request_error');
  });
  it('documents the 429 concurrency limits and the keep-alive blank lines', () => {
    const text = JSON.stringify([get('deepseek-429'), readProse('errors', 'deepseek-429', 'en')]);
    assert.match(text, /2[\s,]?500/);
    assert.match(text, /keep-alive/);
  });
});

describe('OpenAI API', () => {
  const expected: [string, number, string?][] = [
    ['openai-401-invalid-authentication', 401],
    ['openai-401-invalid-api-key', 401, 'invalid_api_key'],
    ['openai-401-not-in-organization', 401],
    ['openai-401-ip-not-authorized', 401],
    ['openai-403-unsupported-country-region-territory', 403, 'unsupported_country_region_territory'],
    ['openai-400-context-length-exceeded', 400, 'context_length_exceeded'],
    ['openai-404-model-not-found', 404, 'model_not_found'],
    ['openai-429-rate-limit-exceeded', 429, 'rate_limit_exceeded'],
    ['openai-429-insufficient-quota', 429, 'insufficient_quota'],
    ['openai-429-credit-balance-exhausted', 429, 'credit_balance_exhausted'],
    ['openai-429-organization-spend-limit-exceeded', 429, 'organization_spend_limit_exceeded'],
    ['openai-429-project-spend-limit-exceeded', 429, 'project_spend_limit_exceeded'],
    ['openai-429-organization-usage-limit-exceeded', 429, 'organization_usage_limit_exceeded'],
    ['openai-429-slow-down', 429, 'slow_down'],
    ['openai-429-engine-overloaded', 429],
    ['openai-500-server-error', 500],
    ['openai-503-server-is-overloaded', 503, 'server_is_overloaded'],
    ['openai-503-slow-down', 503, 'slow_down'],
    ['openai-401-not-in-organization', 401, 'no_organization'],
    ['openai-401-missing-scopes', 401],
    ['openai-403-model-not-found', 403, 'model_not_found'],
    ['openai-400-unsupported-parameter', 400, 'unsupported_parameter'],
    ['openai-400-invalid-value', 400, 'invalid_value'],
    ['openai-400-billing-hard-limit-reached', 400, 'billing_hard_limit_reached'],
    ['openai-429-billing-not-active', 429, 'billing_not_active'],
    ['openai-429-request-too-large', 429, 'rate_limit_exceeded'],
  ];
  for (const [slug, status, code] of expected) {
    it(`has ${slug}${code ? ` with code ${code}` : ''}`, () => {
      const entry = get(slug);
      assert.equal(entry.http, status);
      if (code) assert.equal(entry.machine?.code, code);
    });
  }
  it('files every insufficient_quota code as billing, never as a retryable rate limit', () => {
    const quota = entries.filter((e) => e.machine?.type === 'insufficient_quota');
    assert.ok(quota.length >= 5);
    for (const e of quota) assert.equal(e.class, 'billing', e.slug);
  });
});

describe('OpenAI SDK exception classes', () => {
  const classes: [string, string, number[], boolean | 'depends'][] = [
    ['api-error', 'APIError', [], 'depends'],
    ['api-connection-error', 'APIConnectionError', [], true],
    ['api-timeout-error', 'APITimeoutError', [], true],
    ['api-status-error', 'APIStatusError', [], 'depends'],
    ['bad-request-error', 'BadRequestError', [400], false],
    ['authentication-error', 'AuthenticationError', [401], false],
    ['permission-denied-error', 'PermissionDeniedError', [403], false],
    ['not-found-error', 'NotFoundError', [404], false],
    ['conflict-error', 'ConflictError', [409], true],
    ['unprocessable-entity-error', 'UnprocessableEntityError', [422], false],
    ['rate-limit-error', 'RateLimitError', [429], true],
    ['internal-server-error', 'InternalServerError', [500], true],
  ];
  for (const [kebab, name, statuses, retried] of classes) {
    it(`has ${name} with its statuses and default retry`, () => {
      const entry = get(`openai-sdk-${kebab}`);
      assert.equal(entry.sdk?.python, `openai.${name}`);
      for (const s of statuses) assert.ok(entry.sdk?.statuses.includes(s), `${name} covers ${s}`);
      assert.equal(entry.sdk?.retriedByDefault, retried);
    });
  }
  it('names the Node timeout class APIConnectionTimeoutError', () => {
    assert.match(get('openai-sdk-api-timeout-error').sdk?.node ?? '', /APIConnectionTimeoutError/);
  });
  const legacy: [string, string][] = [
    ['InvalidRequestError', 'bad-request-error'],
    ['ServiceUnavailableError', 'internal-server-error'],
    ['Timeout', 'api-timeout-error'],
    ['TryAgain', 'conflict-error'],
    ['PermissionError', 'permission-denied-error'],
    ['APIError', 'api-error'],
    ['RateLimitError', 'rate-limit-error'],
    ['AuthenticationError', 'authentication-error'],
    ['APIConnectionError', 'api-connection-error'],
  ];
  for (const [name, kebab] of legacy) {
    it(`lists openai.error.${name} as an alias of openai-sdk-${kebab}`, () => {
      assert.ok(get(`openai-sdk-${kebab}`).aliases.includes(`openai.error.${name}`));
    });
  }
  it('maps statuses to classes as the SDKs do (402 has no class of its own)', () => {
    assert.equal(sdkClassForStatus(402).slug, 'openai-sdk-api-status-error');
    assert.equal(sdkClassForStatus(503).slug, 'openai-sdk-internal-server-error');
    assert.equal(sdkClassForStatus(429).slug, 'openai-sdk-rate-limit-error');
  });
});

describe('API gateway with the unified envelope', () => {
  const codes: [number, string][] = [
    [400, 'invalid_request'],
    [401, 'authentication_error'],
    [402, 'insufficient_quota'],
    [403, 'permission_error'],
    [404, 'not_found'],
    [409, 'conflict'],
    [422, 'unprocessable_entity'],
    [429, 'rate_limit_error'],
    [500, 'server_error'],
    [502, 'bad_gateway'],
    [503, 'service_unavailable'],
    [504, 'gateway_timeout'],
  ];
  for (const [status, code] of codes) {
    it(`has ${status} ${code} with a request_id in its example body`, () => {
      const entry = get(`gateway-${status}`);
      assert.equal(entry.machine?.code, code);
      const body = entry.example?.body as { error: Record<string, unknown> };
      assert.equal(body.error.code, code);
      assert.match(String(body.error.request_id), /^req_/);
    });
  }
});

describe('every entry', () => {
  it('has an example of what the provider returns (HTTP entries) or what the SDK prints', () => {
    for (const e of entries) assert.ok(e.sdk ? e.sdk.example : e.example?.body, e.slug);
  });
});
