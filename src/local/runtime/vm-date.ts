/**
 * The bundle's `Date`: in Apps Script, local-time Date methods use the script's time zone
 * (appsscript.json "timeZone"), and "now" is the execution's clock. Inside the vm we replace the
 * context's `Date` by a constructor sharing the intrinsic prototype (so `instanceof Date` and Dates
 * from elsewhere keep working) whose local-time methods, string forms, parsing of strings without a
 * zone and `Intl.DateTimeFormat` default zone all use the script time zone, and whose "now" is the
 * virtual clock. Nothing depends on the Node process's TZ.
 *
 * ECMAScript rules kept: new Date(y, m…) maps years 0–99 to 1900–1999; ISO date-only strings are UTC
 * and ISO date-time strings without an offset are local; a wall time that happens twice resolves to
 * the earlier instant, one that never happens to the pre-transition offset.
 */
import { instantFromLocal, offsetMinutes, resolveZone, zoneName } from './time-zone';

export interface DateHost {
  now(): number;
  /** Offset of the script zone at instant t, minutes east of UTC. */
  offset(t: number): number;
  /** Instant of a local wall-clock time (month 0-based, lenient), or NaN. */
  toUtc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number;
  zoneLong(t: number): string;
  readonly tzName: string;
}

export function makeDateHost(scriptTimeZone: string, now: () => number): DateHost {
  const zone = resolveZone(scriptTimeZone);
  return {
    now,
    offset: (t) => offsetMinutes(t, zone),
    toUtc: (y, mo, d, h, mi, s, ms) => {
      const parts = [y, mo, d, h, mi, s, ms].map((v) => Math.trunc(v));
      if (parts.some((v) => !Number.isFinite(v))) return Number.NaN;
      const [yy, mm, dd, hh, mi2, ss, mss] = parts as [
        number,
        number,
        number,
        number,
        number,
        number,
        number,
      ];
      const t = instantFromLocal(zone, yy, mm + 1, dd, hh, mi2, ss, mss, 'before');
      return Math.abs(t) > 8.64e15 ? Number.NaN : t;
    },
    zoneLong: (t) => zoneName(t, zone, 'long'),
    tzName: zone.kind === 'iana' ? zone.id : 'UTC',
  };
}

/** Source evaluated once inside the context; `host` is the DateHost. */
export const DATE_SHIM_SOURCE = String.raw`(function (host) {
  'use strict';
  var NativeDate = Date;
  var proto = NativeDate.prototype;
  var getTime = proto.getTime;
  var setTime = proto.setTime;
  var U = { y: proto.getUTCFullYear, mo: proto.getUTCMonth, d: proto.getUTCDate, day: proto.getUTCDay, h: proto.getUTCHours, mi: proto.getUTCMinutes, s: proto.getUTCSeconds, ms: proto.getUTCMilliseconds };
  var L = { y: proto.getFullYear, mo: proto.getMonth, d: proto.getDate, h: proto.getHours, mi: proto.getMinutes, s: proto.getSeconds, ms: proto.getMilliseconds };
  var nativeParse = NativeDate.parse;
  var nativeUTC = NativeDate.UTC;
  var toLocaleStringN = proto.toLocaleString;
  var toLocaleDateStringN = proto.toLocaleDateString;
  var toLocaleTimeStringN = proto.toLocaleTimeString;
  var NativeDTF = Intl.DateTimeFormat;
  var DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  function tv(d) { return getTime.call(d); }
  function wall(t) {
    var w = new NativeDate(t + host.offset(t) * 60000);
    return { y: U.y.call(w), mo: U.mo.call(w), d: U.d.call(w), day: U.day.call(w), h: U.h.call(w), mi: U.mi.call(w), s: U.s.call(w), ms: U.ms.call(w) };
  }
  function fromLocal(y, mo, d, h, mi, s, ms) {
    return host.toUtc(+y, +mo, +d, +h, +mi, +s, +ms);
  }
  var ISO_LOCAL = /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?$/;
  var ISO_DATE_ONLY = /^([+-]\d{6}|\d{4})(-\d{2}(-\d{2})?)?$/;
  var HAS_ZONE = /(Z|[+-]\d{2}:?\d{2}|\b(GMT|UTC|UT|[ECMP][SD]T)\b)/i;
  function parse(str) {
    str = String(str).trim();
    var m = ISO_LOCAL.exec(str);
    if (m) return fromLocal(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +(m[6] || 0), m[7] ? +(m[7] + '00').slice(0, 3) : 0);
    var t = nativeParse(str);
    if (t !== t) return NaN;
    if (ISO_DATE_ONLY.test(str) || HAS_ZONE.test(str.replace(/\([^)]*\)/g, ''))) return t;
    var n = new NativeDate(t);
    return fromLocal(L.y.call(n), L.mo.call(n), L.d.call(n), L.h.call(n), L.mi.call(n), L.s.call(n), L.ms.call(n));
  }
  function GasDate(a, b, c, d, e, f, g) {
    var n = arguments.length;
    if (!new.target) return new GasDate().toString();
    var t;
    if (n === 0) t = host.now();
    else if (n === 1) {
      if (a !== null && typeof a === 'object' && Object.prototype.toString.call(a) === '[object Date]') t = tv(a);
      else {
        var p = a !== null && typeof a === 'object' ? a.valueOf() : a;
        if (p !== null && typeof p === 'object') p = String(a);
        t = typeof p === 'string' ? parse(p) : +p;
      }
    } else {
      var y = +a;
      if (y === y && Math.trunc(y) >= 0 && Math.trunc(y) <= 99) y = 1900 + Math.trunc(y);
      t = fromLocal(y, b, n > 2 ? c : 1, n > 3 ? d : 0, n > 4 ? e : 0, n > 5 ? f : 0, n > 6 ? g : 0);
    }
    return Reflect.construct(NativeDate, [t], new.target);
  }
  Object.defineProperty(GasDate, 'name', { value: 'Date' });
  Object.defineProperty(GasDate, 'length', { value: 7 });
  GasDate.prototype = proto;
  GasDate.now = function now() { return host.now(); };
  GasDate.parse = function parse_(s) { return parse(s); };
  GasDate.UTC = nativeUTC;
  function def(name, fn) { Object.defineProperty(proto, name, { value: fn, writable: true, configurable: true, enumerable: false }); }
  def('constructor', GasDate);
  function getter(field) { return function () { var t = tv(this); return t !== t ? NaN : wall(t)[field]; }; }
  def('getFullYear', getter('y'));
  def('getMonth', getter('mo'));
  def('getDate', getter('d'));
  def('getDay', getter('day'));
  def('getHours', getter('h'));
  def('getMinutes', getter('mi'));
  def('getSeconds', getter('s'));
  def('getMilliseconds', getter('ms'));
  def('getYear', function () { var t = tv(this); return t !== t ? NaN : wall(t).y - 1900; });
  def('getTimezoneOffset', function () { var t = tv(this); return t !== t ? NaN : -host.offset(t); });
  function update(date, change, fromNaN) {
    var t = tv(date);
    var w;
    if (t !== t) {
      if (!fromNaN) return NaN;
      w = { y: 1970, mo: 0, d: 1, h: 0, mi: 0, s: 0, ms: 0 };
    } else w = wall(t);
    change(w);
    var nt = fromLocal(w.y, w.mo, w.d, w.h, w.mi, w.s, w.ms);
    setTime.call(date, nt);
    return tv(date);
  }
  def('setMilliseconds', function (ms) { return update(this, function (w) { w.ms = ms; }); });
  def('setSeconds', function (s, ms) { var n = arguments.length; return update(this, function (w) { w.s = s; if (n > 1) w.ms = ms; }); });
  def('setMinutes', function (mi, s, ms) { var n = arguments.length; return update(this, function (w) { w.mi = mi; if (n > 1) w.s = s; if (n > 2) w.ms = ms; }); });
  def('setHours', function (h, mi, s, ms) { var n = arguments.length; return update(this, function (w) { w.h = h; if (n > 1) w.mi = mi; if (n > 2) w.s = s; if (n > 3) w.ms = ms; }); });
  def('setDate', function (d) { return update(this, function (w) { w.d = d; }); });
  def('setMonth', function (mo, d) { var n = arguments.length; return update(this, function (w) { w.mo = mo; if (n > 1) w.d = d; }); });
  def('setFullYear', function (y, mo, d) { var n = arguments.length; return update(this, function (w) { w.y = y; if (n > 1) w.mo = mo; if (n > 2) w.d = d; }, true); });
  function p2(n) { return (n < 10 ? '0' : '') + n; }
  function year(y) { var a = Math.abs(y); var s = String(a); while (s.length < 4) s = '0' + s; return (y < 0 ? '-' : '') + s; }
  function zone(t) { var o = Math.round(host.offset(t)); var sign = o < 0 ? '-' : '+'; o = Math.abs(o); return 'GMT' + sign + p2(Math.floor(o / 60)) + p2(o % 60) + ' (' + host.zoneLong(t) + ')'; }
  function dateString(w) { return DAYS[w.day] + ' ' + MONTHS[w.mo] + ' ' + p2(w.d) + ' ' + year(w.y); }
  function timeString(w, t) { return p2(w.h) + ':' + p2(w.mi) + ':' + p2(w.s) + ' ' + zone(t); }
  def('toString', function () { var t = tv(this); if (t !== t) return 'Invalid Date'; var w = wall(t); return dateString(w) + ' ' + timeString(w, t); });
  def('toDateString', function () { var t = tv(this); return t !== t ? 'Invalid Date' : dateString(wall(t)); });
  def('toTimeString', function () { var t = tv(this); return t !== t ? 'Invalid Date' : timeString(wall(t), t); });
  function withZone(o) { var r = {}; if (o) for (var k in o) r[k] = o[k]; if (r.timeZone === undefined) r.timeZone = host.tzName; return r; }
  def('toLocaleString', function (l, o) { return toLocaleStringN.call(this, l, withZone(o)); });
  def('toLocaleDateString', function (l, o) { return toLocaleDateStringN.call(this, l, withZone(o)); });
  def('toLocaleTimeString', function (l, o) { return toLocaleTimeStringN.call(this, l, withZone(o)); });
  function DateTimeFormat(l, o) { return new NativeDTF(l, withZone(o)); }
  DateTimeFormat.prototype = NativeDTF.prototype;
  DateTimeFormat.supportedLocalesOf = NativeDTF.supportedLocalesOf;
  Object.defineProperty(Intl, 'DateTimeFormat', { value: DateTimeFormat, writable: true, configurable: true });
  Object.defineProperty(globalThis, 'Date', { value: GasDate, writable: true, configurable: true });
})`;
