'use strict';
// Starts telegram-test-api 4.2.1 on 127.0.0.1 and fixes the gaps that stop python-telegram-bot 22
// from talking to it. Usage: node launcher.js [port] [--exit-with-stdin]
// Port: argument, else $TELEGRAM_EMULATOR_PORT, else 0 (any free port). Prints `READY <port>` once
// listening. --exit-with-stdin: quit when stdin closes, so a dead parent leaves no orphan.
//
// The package registers its routes from the exported `routes` array in its constructor, so we
// prepend our own installer to that array: our handlers match first, the package keeps its
// express set-up, storage format and client routes (/getUpdates, /getUpdatesHistory).

const { routes } = require('telegram-test-api/lib/routes/index');
const TelegramServer = require('telegram-test-api');
const { readMultipart } = require('./multipart');

const MAX_POLL_SECONDS = 50;
// Parameters PTB sends JSON-encoded inside form fields.
const JSON_PARAMS = ['reply_markup', 'entities', 'caption_entities', 'commands', 'scope',
  'reply_parameters', 'link_preview_options', 'results', 'allowed_updates'];

const nowSeconds = () => Math.floor(Date.now() / 1000);

function botUser(token) {
  const id = Number(String(token).split(':')[0]);
  return { id: Number.isFinite(id) && id > 0 ? id : 666, is_bot: true, first_name: 'Test First name',
    username: 'TestNameBot' };
}

function parseParams(raw) {
  const params = { ...(raw || {}) };
  for (const key of JSON_PARAMS) {
    if (typeof params[key] === 'string') {
      try { params[key] = JSON.parse(params[key]); } catch { /* keep the raw string */ }
    }
  }
  return params;
}

const isTrue = (value) => value === true || value === 'true';

function ok(res, result) { res.status(200).json({ ok: true, result }); }

function fail(res, code, description) {
  if (!res.headersSent) res.status(code).json({ ok: false, error_code: code, description });
}

// Express 4 does not catch rejected promises: answer them instead of crashing Node.
const safe = (handler) => (req, res, next) => {
  Promise.resolve().then(() => handler(req, res, next)).catch((error) => {
    console.error(`emulator: ${req.method} ${req.path} failed:`, error);
    fail(res, 500, `Internal Server Error: ${error.message}`);
  });
};

function patch(app, server) {
  const chats = new Map(); // chat id -> last chat object a user wrote from
  const files = new Map(); // file_id -> { meta, data }
  const commands = new Map(); // token + scope + language -> BotCommand[]
  const calls = []; // every Bot API call except getUpdates, for assertions
  let fileCounter = 1;
  let inlineCounter = 1;

  const chatFor = (id) => chats.get(String(id)) || { id: Number(id), type: 'private', first_name: 'Test' };

  function storeFile(filename, mimeType, data) {
    const n = fileCounter++;
    const meta = { file_id: `file-${n}`, file_unique_id: `unique-${n}`, file_name: filename,
      mime_type: mimeType, file_size: data.length };
    const filePath = `documents/${n}-${String(filename || 'file').replace(/[^\w.-]/g, '_')}`;
    files.set(meta.file_id, { meta, data, filePath });
    return meta;
  }

  const findBotEntry = (token, chatId, messageId) => server.storage.botMessages.find((entry) => (
    entry.botToken === token && String(entry.message.chat_id) === String(chatId)
    && String(entry.messageId) === String(messageId)));

  // A stored bot message as Telegram returns it: dates in seconds, `chat`, `from`.
  function botMessageView(entry) {
    const m = entry.message;
    const view = { message_id: entry.messageId, date: Math.floor(entry.time / 1000),
      chat: chatFor(m.chat_id), from: botUser(entry.botToken) };
    for (const key of ['text', 'entities', 'caption', 'caption_entities', 'document', 'edit_date']) {
      if (m[key] !== undefined) view[key] = m[key];
    }
    if (m.reply_markup && m.reply_markup.inline_keyboard) view.reply_markup = m.reply_markup;
    return view;
  }

  function userMessageView(entry) {
    const { botToken, reply_to_message_id: _replyTo, ...message } = entry.message;
    return { ...message, message_id: entry.messageId };
  }

  function formatUpdate(entry) {
    if (entry.editedMessage) {
      const { botToken, reply_to_message_id: _replyTo, ...message } = entry.editedMessage;
      return { update_id: entry.updateId, edited_message: message };
    }
    if (entry.inlineQuery) {
      const { botToken, ...query } = entry.inlineQuery;
      return { update_id: entry.updateId, inline_query: { ...query, id: String(entry.inlineId) } };
    }
    if (entry.callbackQuery) {
      const { botToken, ...query } = entry.callbackQuery;
      return { update_id: entry.updateId,
        callback_query: { ...query, id: String(entry.callbackId),
          chat_instance: query.chat_instance || String(query.message.chat.id) } };
    }
    return { update_id: entry.updateId, message: userMessageView(entry) };
  }

  // Replaces addUserMessage/addUserCommand/addUserCallback: ids are reserved synchronously and a
  // failing webhook becomes an error for the client instead of an unhandled rejection.
  async function addUserUpdate(token, payload) {
    if (!token) throw Object.assign(new Error('Bad Request: `botToken` is required'), { http: 400 });
    const entry = { time: Date.now(), botToken: token, updateId: server.updateId++, isRead: false,
      ...payload };
    if (payload.message) {
      entry.messageId = server.messageId++;
      chats.set(String(payload.message.chat.id), payload.message.chat);
    } else if (payload.inlineQuery) {
      entry.inlineId = inlineCounter++;
    } else if (!payload.editedMessage) {
      entry.callbackId = server.callbackId++;
    }
    server.storage.userMessages.push(entry);
    const webhook = server.webhooks[token];
    if (webhook) {
      entry.isRead = true;
      const response = await fetch(webhook.url, { method: 'POST',
        headers: { 'content-type': 'application/json' }, body: JSON.stringify(formatUpdate(entry)) })
        .catch((error) => ({ ok: false, status: String(error.cause || error) }));
      if (!response.ok) {
        throw Object.assign(new Error(`Webhook invocation failed: ${response.status}`), { http: 502 });
      }
    }
    server.emit('UserUpdate', token);
    if (payload.message) server.emit('AddedUserMessage');
    else if (payload.callbackQuery) server.emit('AddedUserCallbackQuery');
    return entry;
  }

  function replyTarget(token, chatId, messageId) {
    const bot = findBotEntry(token, chatId, messageId);
    if (bot) return botMessageView(bot);
    const user = server.storage.userMessages.find((entry) => entry.message && entry.botToken === token
      && String(entry.message.chat.id) === String(chatId) && entry.messageId === Number(messageId));
    return user ? userMessageView(user) : undefined;
  }

  function userMessage(body) {
    const { botToken, reply_to_message_id: replyTo, ...message } = body;
    message.date = message.date || nowSeconds();
    if (replyTo !== undefined && message.chat) {
      message.reply_to_message = replyTarget(botToken, message.chat.id, replyTo);
    }
    return message;
  }

  const clientAnswer = (res) => (entry) => ok(res, { update_id: entry.updateId,
    message_id: entry.messageId ?? (entry.editedMessage && entry.editedMessage.message_id),
    callback_query_id: entry.callbackId && String(entry.callbackId),
    inline_query_id: entry.inlineId && String(entry.inlineId) });
  const clientError = (res) => (error) => fail(res, error.http || 500, error.message);

  // ---- client side (the test plays the user) ----
  app.post('/sendMessage', (req, res) => {
    addUserUpdate(req.body.botToken, { message: userMessage(req.body) })
      .then(clientAnswer(res), clientError(res));
  });
  app.post('/sendCommand', (req, res) => {
    const message = userMessage(req.body);
    if (!message.entities && typeof message.text === 'string' && message.text.startsWith('/')) {
      const end = message.text.indexOf(' ');
      message.entities = [{ type: 'bot_command', offset: 0, length: end === -1 ? message.text.length : end }];
    }
    addUserUpdate(req.body.botToken, { message }).then(clientAnswer(res), clientError(res));
  });
  // Either the package's shape ({message}) or {chat_id, message_id} of a stored bot message.
  app.post('/sendCallback', (req, res) => {
    const { botToken, chat_id: chatId, message_id: messageId, ...query } = req.body;
    if (!query.message && messageId !== undefined) {
      const entry = findBotEntry(botToken, chatId, messageId);
      if (!entry) return fail(res, 400, `Bad Request: no bot message ${messageId} in chat ${chatId}`);
      query.message = botMessageView(entry);
    }
    if (!query.message || !query.message.chat) return fail(res, 400, 'Bad Request: `message` is required');
    return addUserUpdate(botToken, { callbackQuery: query }).then(clientAnswer(res), clientError(res));
  });
  // The user edits a message they sent: {message_id, text, ...} as /sendMessage; an edited_message update.
  app.post('/editMessage', (req, res) => {
    const { message_id: messageId, ...body } = req.body;
    const sent = server.storage.userMessages.find((entry) => entry.message && entry.botToken === body.botToken
      && entry.messageId === Number(messageId));
    if (!sent) return fail(res, 400, `Bad Request: no user message ${messageId}`);
    const edited = { ...sent.message, ...userMessage(body), message_id: sent.messageId, date: sent.message.date,
      edit_date: nowSeconds() };
    sent.message = { ...sent.message, text: edited.text };
    return addUserUpdate(body.botToken, { editedMessage: edited }).then(clientAnswer(res), clientError(res));
  });
  // Inline mode: {botToken, from, query, offset?, chat_type?}; the bot's answerInlineQuery is in /getBotCalls.
  app.post('/sendInlineQuery', (req, res) => {
    const { botToken, from, query, offset, chat_type: chatType } = req.body;
    if (!from || typeof query !== 'string') return fail(res, 400, 'Bad Request: need `from` and `query`');
    const inlineQuery = { botToken, from, query, offset: offset || '' };
    if (chatType) inlineQuery.chat_type = chatType;
    return addUserUpdate(botToken, { inlineQuery }).then(clientAnswer(res), clientError(res));
  });
  // multipart: field `message` (JSON, like /sendMessage) + file part `document`.
  app.post('/sendDocument', safe(async (req, res) => {
    const { fields, files: parts } = await readMultipart(req);
    const upload = parts.document;
    if (!fields.message || !upload) return fail(res, 400, 'Bad Request: need `message` and `document`');
    const body = JSON.parse(fields.message);
    const message = userMessage(body);
    message.document = storeFile(upload.filename, upload.mimeType, upload.data);
    return addUserUpdate(body.botToken, { message }).then(clientAnswer(res), clientError(res));
  }));
  // The bot's messages in their latest state (edits applied), oldest first.
  app.post('/getBotMessages', (req, res) => {
    const { token, chatId } = req.body;
    ok(res, server.storage.botMessages
      .filter((e) => e.botToken === token && (chatId === undefined || String(e.message.chat_id) === String(chatId)))
      .map((e) => ({ ...botMessageView(e), parse_mode: e.message.parse_mode,
        reply_to_message_id: (e.message.reply_parameters || {}).message_id ?? e.message.reply_to_message_id })));
  });
  app.post('/getBotCalls', (req, res) => {
    const { token, method } = req.body;
    ok(res, calls.filter((c) => c.token === token && (!method || c.method === method)));
  });

  // ---- bot side (the Bot API) ----
  app.get('/file/bot:token/*', (req, res) => {
    const file = [...files.values()].find((f) => f.filePath === req.params[0]);
    if (!file) return fail(res, 404, 'Not Found');
    return res.type(file.meta.mime_type).send(file.data);
  });

  app.all('/bot:token/:method', (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'POST') return fail(res, 405, 'Method Not Allowed');
    if (req.params.method !== 'getUpdates') {
      calls.push({ method: req.params.method, token: req.params.token, time: Date.now(),
        params: parseParams({ ...req.query, ...req.body }) });
    }
    return next();
  });

  const bot = (method, handler) => app.all(`/bot:token/${method}`, safe((req, res) => handler(
    req.params.token, parseParams({ ...req.query, ...req.body }), res, req)));

  bot('getMe', (token, _p, res) => ok(res, { ...botUser(token), can_join_groups: true,
    can_read_all_group_messages: false, supports_inline_queries: true }));

  function pending(token, offset) {
    const updates = server.storage.userMessages.filter((e) => e.botToken === token);
    for (const entry of updates) if (entry.updateId < offset) entry.isRead = true;
    return updates.filter((e) => !e.isRead);
  }
  // Long polling: hold the request until an update arrives or `timeout` seconds pass.
  bot('getUpdates', (token, p, res) => {
    const offset = Number(p.offset) || 0;
    const limit = Math.min(Number(p.limit) || 100, 100);
    const timeout = Math.min(Math.max(Number(p.timeout) || 0, 0), MAX_POLL_SECONDS);
    const answer = () => ok(res, pending(token, offset).slice(0, limit).map(formatUpdate));
    if (pending(token, offset).length > 0 || timeout === 0) return answer();
    let timer = null;
    const cleanup = () => { clearTimeout(timer); server.off('UserUpdate', onUpdate); };
    function onUpdate(forToken) {
      if (forToken !== token) return;
      cleanup();
      if (!res.writableEnded && !res.destroyed) answer();
    }
    timer = setTimeout(() => onUpdate(token), timeout * 1000);
    server.on('UserUpdate', onUpdate);
    return res.on('close', cleanup);
  });

  bot('sendMessage', (token, p, res) => {
    if (!p.text) return fail(res, 400, 'Bad Request: message text is empty');
    server.addBotMessage(p, token);
    return ok(res, botMessageView(server.storage.botMessages[server.storage.botMessages.length - 1]));
  });

  bot('sendDocument', async (token, p, res, req) => {
    const { fields, files: parts } = req.is('multipart/form-data')
      ? await readMultipart(req) : { fields: {}, files: {} };
    const params = parseParams({ ...p, ...fields });
    const upload = parts.document;
    let document;
    if (upload) document = storeFile(upload.filename, upload.mimeType, upload.data);
    else if (files.has(params.document)) document = files.get(params.document).meta;
    else return fail(res, 400, 'Bad Request: wrong file identifier/HTTP URL specified');
    server.addBotMessage({ ...params, document }, token);
    return ok(res, botMessageView(server.storage.botMessages[server.storage.botMessages.length - 1]));
  });

  // Edits replace the listed fields (an omitted reply_markup removes the keyboard, as Telegram does).
  function edit(token, p, res, keys) {
    if (p.inline_message_id) return ok(res, true);
    const entry = findBotEntry(token, p.chat_id, p.message_id);
    if (!entry) return fail(res, 400, 'Bad Request: message to edit not found');
    const before = JSON.stringify(keys.map((k) => entry.message[k]));
    if (before === JSON.stringify(keys.map((k) => p[k]))) {
      return fail(res, 400, 'Bad Request: message is not modified: specified new message content and '
        + 'reply markup are exactly the same as a current content and reply markup of the message');
    }
    for (const key of keys) {
      if (p[key] === undefined) delete entry.message[key];
      else entry.message[key] = p[key];
    }
    entry.message.edit_date = nowSeconds();
    server.emit(keys.includes('text') ? 'EditedMessageText' : 'EditedMessageReplyMarkup');
    return ok(res, botMessageView(entry));
  }
  bot('editMessageText', (token, p, res) => edit(token, p, res,
    ['text', 'parse_mode', 'entities', 'reply_markup']));
  bot('editMessageCaption', (token, p, res) => edit(token, p, res,
    ['caption', 'parse_mode', 'caption_entities', 'reply_markup']));
  bot('editMessageReplyMarkup', (token, p, res) => edit(token, p, res, ['reply_markup']));

  bot('deleteMessage', (_token, p, res) => (server.deleteMessage(Number(p.chat_id), Number(p.message_id))
    ? ok(res, true) : fail(res, 400, 'Bad Request: message to delete not found')));

  bot('getFile', (_token, p, res) => {
    const file = files.get(p.file_id);
    if (!file) return fail(res, 400, 'Bad Request: invalid file_id');
    const { file_id: fileId, file_unique_id: uniqueId, file_size: size } = file.meta;
    return ok(res, { file_id: fileId, file_unique_id: uniqueId, file_size: size, file_path: file.filePath });
  });

  const commandKey = (token, p) => `${token}|${JSON.stringify(p.scope || { type: 'default' })}|${p.language_code || ''}`;
  bot('setMyCommands', (token, p, res) => {
    if (!Array.isArray(p.commands)) return fail(res, 400, 'Bad Request: commands must be an array');
    commands.set(commandKey(token, p), p.commands);
    return ok(res, true);
  });
  bot('getMyCommands', (token, p, res) => ok(res, commands.get(commandKey(token, p)) || []));
  bot('deleteMyCommands', (token, p, res) => {
    commands.delete(commandKey(token, p));
    ok(res, true);
  });

  bot('setWebhook', (token, p, res) => {
    if (!p.url) return fail(res, 400, 'Bad Request: bad webhook: an HTTPS URL must be provided for webhook');
    server.setWebhook(p, token);
    return ok(res, true);
  });
  bot('deleteWebhook', (token, p, res) => {
    server.deleteWebhook(token);
    if (isTrue(p.drop_pending_updates)) pending(token, Infinity);
    ok(res, true);
  });
  bot('getWebhookInfo', (token, _p, res) => ok(res, {
    url: (server.webhooks[token] || {}).url || '', has_custom_certificate: false,
    pending_update_count: pending(token, 0).length }));

  for (const method of ['sendChatAction', 'answerCallbackQuery', 'answerInlineQuery',
    'setMyDescription', 'setMyShortDescription', 'setChatMenuButton', 'logOut', 'close']) {
    bot(method, (_token, _p, res) => ok(res, true));
  }

  // Anything else: an honest 404 rather than the package's 500.
  app.all('/bot:token/:method', (req, res) => fail(res, 404,
    `Not Found: method ${req.params.method} is not emulated (see tests/e2e/emulator/launcher.js)`));
}

async function main() {
  process.on('unhandledRejection', (error) => console.error('emulator: unhandled rejection:', error));
  process.on('uncaughtException', (error) => console.error('emulator: uncaught exception:', error));
  routes.unshift(patch);
  const server = new TelegramServer({ host: '127.0.0.1', storeTimeout: 24 * 3600 });
  const args = process.argv.slice(2);
  const port = args.find((arg) => !arg.startsWith('--')) ?? process.env.TELEGRAM_EMULATOR_PORT ?? 0;
  server.config.port = Number(port);
  await server.start();
  process.stdout.write(`READY ${server.server.address().port}\n`);
  const quit = () => process.exit(0);
  process.on('SIGTERM', quit);
  process.on('SIGINT', quit);
  if (args.includes('--exit-with-stdin')) {
    process.stdin.on('end', quit);
    process.stdin.on('error', quit);
    process.stdin.resume();
  }
}

main().catch((error) => {
  console.error('emulator: failed to start:', error);
  process.exit(1);
});
