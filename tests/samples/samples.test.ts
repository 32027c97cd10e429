/**
 * Every code sample in content/samples/ × every scenario of the API shape it speaks, against the fake
 * API: exit code, number of requests, waits that honour Retry-After (or Gemini's RetryInfo), the reply
 * on stdout, the one-line error on stderr.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { okReply, startFakeApi, type ApiShape } from './fake-api.ts';
import { scenariosByShape, streamScenarios } from './scenarios.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const docs = 'http://docs.test';

/**
 * The official `openai` Python package cannot be installed where there is no Python package
 * registry (the CI machine has none). There, the Python SDK sample is compiled only; its logic is
 * mirrored by the executed Python standard-library and TypeScript SDK samples. It is executed
 * whenever the package is importable.
 */
export const PYTHON_SDK_EXEMPTION =
  'the openai Python package is not importable here (no Python package registry): compiled, not executed';
const pythonSdkAvailable = spawnSync('python3', ['-c', 'import openai'], { stdio: 'ignore' }).status === 0;

interface Sample {
  name: string;
  command: string[];
  /** The API shape it speaks (default `openai`), which picks its scenarios. */
  shape?: ApiShape;
  /** The model the sample is given, and must send. */
  model?: string;
  exempt?: boolean;
  /** It streams the reply: it also runs the failures after `200 OK` (`streamScenarios`). */
  streams?: boolean;
}

/** How each shape sends the key `sk-test-123`, as the fake API records it. */
const sentKey: Record<ApiShape, string> = {
  openai: 'Bearer sk-test-123',
  anthropic: 'sk-test-123',
  gemini: 'sk-test-123',
};

const samples: Sample[] = [
  { name: 'Python (urllib)', command: ['python3', 'content/samples/python-urllib/chat.py'] },
  {
    name: 'Python (openai SDK)',
    command: ['python3', 'content/samples/python-openai/chat.py'],
    exempt: !pythonSdkAvailable,
  },
  { name: 'TypeScript (fetch)', command: [process.execPath, 'content/samples/typescript-fetch/chat.ts'] },
  { name: 'TypeScript (openai SDK)', command: [process.execPath, 'content/samples/typescript-openai/chat.ts'] },
  {
    name: 'TypeScript (fetch), streaming',
    command: [process.execPath, 'content/samples/typescript-fetch/stream.ts'],
    streams: true,
  },
  {
    name: 'TypeScript (openai SDK), streaming',
    command: [process.execPath, 'content/samples/typescript-openai/stream.ts'],
    streams: true,
  },
  { name: 'curl (POSIX sh)', command: ['sh', 'content/samples/curl/chat.sh'] },
  {
    name: 'Anthropic Messages: TypeScript (@anthropic-ai/sdk)',
    command: [process.execPath, 'content/samples/typescript-anthropic/chat.ts'],
    shape: 'anthropic',
    model: 'claude-sonnet-4-5',
  },
  {
    name: 'Anthropic Messages: curl (POSIX sh)',
    command: ['sh', 'content/samples/curl-anthropic/chat.sh'],
    shape: 'anthropic',
    model: 'claude-sonnet-4-5',
  },
  {
    name: 'Gemini generateContent: TypeScript (@google/genai)',
    command: [process.execPath, 'content/samples/typescript-gemini/chat.ts'],
    shape: 'gemini',
    model: 'gemini-2.5-flash',
  },
];

function run(command: string[], env: Record<string, string | undefined>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(command[0]!, command.slice(1), {
      cwd: root,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, stderr });
    });
  });
}

it('the Python SDK sample compiles', () => {
  const result = spawnSync('python3', ['-m', 'py_compile', 'content/samples/python-openai/chat.py'], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
});

for (const sample of samples) {
  describe(sample.name, { concurrency: true }, () => {
    it(
      'exits 2 with a clear message when API_KEY is missing',
      { skip: sample.exempt && PYTHON_SDK_EXEMPTION },
      async () => {
        const result = await run(sample.command, { API_BASE_URL: 'http://127.0.0.1:9' });
        assert.equal(result.code, 2, result.stderr);
        assert.match(result.stderr, /API_KEY/);
      },
    );

    const shape = sample.shape ?? 'openai';
    const model = sample.model ?? 'deepseek-v4-flash';
    for (const scenario of [...scenariosByShape[shape], ...(sample.streams ? streamScenarios : [])]) {
      it(scenario.name, { skip: sample.exempt && PYTHON_SDK_EXEMPTION }, async () => {
        const api = await startFakeApi(scenario.script, shape);
        try {
          const result = await run(sample.command, {
            API_BASE_URL: api.url,
            API_KEY: 'sk-test-123',
            MODEL: model,
            API_PROVIDER: scenario.provider,
            API_TIMEOUT: String(scenario.timeout ?? 10),
            ERROR_DOCS_URL: docs,
          });
          const context = `exit ${result.code}\nstdout: ${result.stdout}\nstderr: ${result.stderr}`;
          assert.equal(result.code, scenario.exitCode, context);
          assert.equal(api.requests.length, scenario.requests, `requests made\n${context}`);
          for (const r of api.requests) {
            assert.equal(r.authorization, sentKey[shape]);
            assert.equal(r.model, model);
          }
          if (scenario.minGapMs) {
            const gap = api.requests[1]!.at - api.requests[0]!.at;
            assert.ok(gap >= scenario.minGapMs, `waited ${gap} ms, the response asked for ${scenario.minGapMs}+`);
          }
          if (scenario.exitCode === 0) {
            assert.equal(result.stdout.trim(), okReply);
          } else {
            if (scenario.stdout !== undefined) assert.equal(result.stdout.trim(), scenario.stdout, 'the partial reply');
            const lines = result.stderr.trim().split('\n');
            assert.equal(lines.length, 1, `one line on stderr:\n${result.stderr}`);
            for (const part of scenario.stderr ?? []) {
              if (typeof part === 'string')
                assert.ok(lines[0]!.includes(part.startsWith('/') ? docs + part : part), `"${part}" in: ${lines[0]}`);
              else assert.match(lines[0]!, part);
            }
          }
        } finally {
          await api.close();
        }
      });
    }
  });
}
