import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import {
  CompletionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type Hover,
  type MarkupContent,
  type Position,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';

/** What the YAML extension of VS Code sends under `yaml`: no schema store, so only ours apply. */
export interface YamlSettings {
  schemas?: Record<string, string | string[]>;
}

/**
 * The real yaml-language-server (the devDependency), driven over stdio as an editor drives it.
 * One per test file: start it in beforeAll, stop it in afterAll.
 */
export class YamlLanguageServer {
  private readonly waiting = new Map<string, (d: Diagnostic[]) => void>();
  private settings: YamlSettings = {};
  private versions = 0;
  private stderr = '';

  private constructor(
    private readonly child: ChildProcess,
    private readonly conn: ProtocolConnection,
  ) {
    conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.waiting.get(p.uri)?.(p.diagnostics);
      this.waiting.delete(p.uri);
    });
    // The server asks for its settings by section, as VS Code answers them.
    conn.onRequest(ConfigurationRequest.type, (p) => p.items.map((i) => (i.section === 'yaml' ? this.yaml() : null)));
    child.stderr?.on('data', (b: Buffer) => {
      this.stderr += b.toString();
    });
  }

  static async start(rootDir: string): Promise<YamlLanguageServer> {
    const pkg = createRequire(import.meta.url).resolve('yaml-language-server/package.json');
    const child = spawn(process.execPath, [join(dirname(pkg), 'bin', 'yaml-language-server'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const server = new YamlLanguageServer(child, conn);
    conn.listen();
    try {
      await server.initialize(rootDir);
    } catch (e) {
      child.kill('SIGKILL'); // never left running when it could not start
      throw e;
    }
    return server;
  }

  private async initialize(rootDir: string): Promise<void> {
    const conn = this.conn;
    const root = new URL(`file://${rootDir}/`).href;
    await conn.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: root,
      workspaceFolders: [{ uri: root, name: 'plan' }],
      capabilities: {
        workspace: { configuration: true },
        textDocument: { hover: { contentFormat: ['markdown'] }, completion: { completionItem: { documentationFormat: ['markdown'] } } },
      },
    });
    await conn.sendNotification(InitializedNotification.type, {});
    await this.configure({});
  }

  /** Sets `yaml.schemas` (as in .vscode/settings.json); the server reads it on the next open. */
  async configure(settings: YamlSettings): Promise<void> {
    this.settings = settings;
    await this.conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { yaml: this.yaml() } });
  }

  /** Opens a document and resolves with the diagnostics the server publishes for it. */
  async open(uri: string, text: string): Promise<Diagnostic[]> {
    const published = new Promise<Diagnostic[]>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} in 20 s; server stderr:\n${this.stderr}`)), 20000);
      this.waiting.set(uri, (d) => {
        clearTimeout(timer);
        resolve(d);
      });
    });
    await this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'yaml', version: ++this.versions, text } });
    return published;
  }

  /** The hover text (markdown) at a position, or '' when there is none. */
  async hover(uri: string, position: Position): Promise<string> {
    const h: Hover | null = await this.conn.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    return h ? (h.contents as MarkupContent).value : '';
  }

  async complete(uri: string, position: Position): Promise<CompletionItem[]> {
    const r: CompletionList | CompletionItem[] | null = await this.conn.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
    return !r ? [] : Array.isArray(r) ? r : r.items;
  }

  /** Shuts the server down politely, and kills it if it does not go within a second. */
  async stop(): Promise<void> {
    const gone = new Promise<void>((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 1000);
    try {
      await Promise.race([this.conn.sendRequest(ShutdownRequest.type), gone]);
      await this.conn.sendNotification(ExitNotification.type);
    } catch {
      this.child.kill('SIGKILL');
    }
    await gone;
    clearTimeout(timer);
    this.conn.dispose();
  }

  private yaml() {
    return { validate: true, hover: true, completion: true, schemaStore: { enable: false }, schemas: this.settings.schemas ?? {} };
  }
}
