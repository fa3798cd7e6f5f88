/**
 * The page's handle on the runtime worker: typed calls over one MessageChannel
 * each. Worker code is imported as types only, so it never enters the page bundle.
 */
import type {
  AppLoadResult,
  CancelMessage,
  InMessage,
  LoadAppReply,
  NonReplyMessage,
  ResponseReply,
  WireRequest,
  WireResponseHead,
} from "../runtime/protocol";

/** A Worker whose postMessage only takes protocol messages. */
export interface RuntimeWorker extends Omit<Worker, "postMessage"> {
  postMessage(message: InMessage, transfer: Transferable[]): void;
}

export interface StreamedResponse {
  head: WireResponseHead;
  /** The body as the app yields it; cancelling it stops the app's iterator. */
  body: ReadableStream<Uint8Array>;
}

export interface RequestObserver {
  head?(head: WireResponseHead): void;
  chunk?(bytes: Uint8Array): void;
  end?(): void;
}

export class RuntimeClient {
  constructor(
    private readonly worker: RuntimeWorker,
    onMessage: (message: NonReplyMessage) => void,
  ) {
    worker.addEventListener("message", (event) => onMessage((event as MessageEvent<NonReplyMessage>).data));
  }

  /** Run new app code in the worker; resolves with what happened. */
  loadApp(code: string): Promise<AppLoadResult> {
    const { port1, port2 } = new MessageChannel();
    return new Promise((resolve) => {
      port1.onmessage = (event: MessageEvent<LoadAppReply>) => {
        port1.close();
        resolve(event.data.result);
      };
      this.worker.postMessage({ type: "load-app", code, port: port2 }, [port2]);
    });
  }

  /**
   * Send a request to the app. Resolves when the status and headers are in;
   * the body streams on. Rejects when the app could not be called at all.
   */
  request(request: WireRequest, observer: RequestObserver = {}): Promise<StreamedResponse> {
    const { port1, port2 } = new MessageChannel();
    return new Promise((resolve, reject) => {
      let controller!: ReadableStreamDefaultController<Uint8Array>;
      const body = new ReadableStream<Uint8Array>({
        start: (c) => {
          controller = c;
        },
        cancel: () => {
          port1.postMessage({ type: "cancel" } satisfies CancelMessage);
          port1.close();
        },
      });
      port1.onmessage = (event: MessageEvent<ResponseReply>) => {
        const reply = event.data;
        switch (reply.type) {
          case "response-head":
            observer.head?.(reply.head);
            resolve({ head: reply.head, body });
            break;
          case "response-chunk":
            observer.chunk?.(reply.chunk);
            try {
              controller.enqueue(reply.chunk);
            } catch {
              // The reader cancelled; the worker has been told to stop.
            }
            break;
          case "response-end":
            observer.end?.();
            port1.close();
            try {
              controller.close();
            } catch {
              // already cancelled
            }
            break;
          case "response-failed":
            port1.close();
            reject(new Error(reply.message));
            break;
          default: {
            const unknown: never = reply;
            throw new Error(`Unknown reply ${JSON.stringify(unknown)}`);
          }
        }
      };
      const transfer: Transferable[] = request.body ? [port2, request.body.buffer] : [port2];
      this.worker.postMessage({ type: "request", request, port: port2 }, transfer);
    });
  }
}
