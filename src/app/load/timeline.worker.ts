/** The validation worker of a large load: see validator.ts. */
import '../zodConfig';
import { createValidator } from './validator';
import type { ValidateRequest } from './validateProtocol';

const worker = self as unknown as Worker;
const handle = createValidator((message, transfer = []) => worker.postMessage(message, transfer));
worker.onmessage = (event: MessageEvent<ValidateRequest>) => handle(event.data);
