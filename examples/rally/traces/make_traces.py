#!/usr/bin/env python3
"""Writes the rally's week of sample traces, the files beside this script.

    python3 make_traces.py        (from this folder; the output is the same every run)

A week before the rally (2027-11-27 to 2027-12-03, Moscow time), as the
union's tools would export it: the landing's nginx access log, the same
visits as GA4's traffic acquisition export saw them (fewer: blockers and
refused consent), the telephony provider's call log, posts with the rally's
hashtag, and the CRM's leads (Bitrix24). The numbers follow each placement:
flyers handed out at a gate on one morning, posters up all week, the VK
post promoted, the newsletter on Tuesday. The tracking numbers and UTM
values are the ones `campaign build examples/rally/campaign.yaml` issues
from a fresh ledger (the pool in order). Junk is part of the sample: robots,
pages without UTM values, a mistyped link, a cut line, calls to the office
number, a lead without a date.
"""
import random
from datetime import datetime, timedelta, timezone

rng = random.Random(2026_12_05)
MSK = timezone(timedelta(hours=3))
WEEK = datetime(2027, 11, 27, tzinfo=MSK)

# placement: (source, medium, content, tracking number, first day, visits, calls)
PLACEMENTS = {
    "flyer-gate-a": ("flyer", "print", "prokhodnaia_a", "+74951234501", 2, 64, 14),
    "flyer-gate-b": ("flyer", "print", "prokhodnaia_b", "+74951234502", 3, 41, 9),
    "flyer-depot": ("flyer", "print", "tramvainoe_depo_im_apakova", "+74951234503", 4, 27, 7),
    "tearoff-canteen": ("flyer", "print", "canteen_board", "+74951234504", 0, 19, 11),
    "poster-park-kultury": ("poster", "outdoor", "park_kultury", "+74951234505", 0, 38, 6),
    "poster-oktyabrskaya": ("poster", "outdoor", "oktiabrskaia", "+74951234506", 0, 21, 3),
    "poster-frunzenskaya": ("poster", "outdoor", "frunzenskaia", "+74951234507", 0, 12, 2),
    "poster-shabolovskaya": ("poster", "outdoor", "shabolovskaia", "+74951234508", 0, 6, 1),
    "vk-post": ("vk", "social", "announcement", None, 0, 310, 0),
    "telegram-post": ("telegram", "social", "announcement", None, 1, 174, 0),
    "newsletter-dec": ("newsletter", "email", "december_issue", None, 3, 96, 0),
}
# The ways people and exports write one number.
NUMBER_FORMS = ["+7 495 {a}-{b}-{c}", "8 (495) {a}-{b}-{c}", "8495{a}{b}{c}", "+7 (495) {a}-{b}-{c}"]
MOBILE = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1",
          "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 Chrome/119.0 Mobile Safari/537.36",
          "Mozilla/5.0 (Linux; Android 13; Redmi Note 12) AppleWebKit/537.36 YaBrowser/23.11 Mobile Safari/537.36"]
DESKTOP = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/119.0 Safari/537.36",
           "Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0"]
BOTS = ["Mozilla/5.0 (compatible; YandexBot/3.0; +http://yandex.com/bots)",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"]


def when(first_day, decay_days):
    """A moment from first_day on, most of them in the first days, in waking hours."""
    day = min(6, first_day + int(rng.expovariate(1 / decay_days)))
    return WEEK + timedelta(days=day, hours=rng.choice(range(7, 23)), minutes=rng.randrange(60),
                            seconds=rng.randrange(60))


def ip():
    return rng.choice(["198.51.100", "203.0.113", "192.0.2"]) + "." + str(rng.randrange(2, 254))


def query(p):
    source, medium, content = PLACEMENTS[p][:3]
    q = f"utm_source={source}&utm_medium={medium}&utm_campaign=rally_2026&utm_id=r26"
    if p == "newsletter-dec":
        q += "&utm_term=members"
    return q + f"&utm_content={content}"


def log_line(t, addr, path, status, agent, method="GET", size=None):
    stamp = t.strftime("%d/%b/%Y:%H:%M:%S %z")
    return (f'{addr} - - [{stamp}] "{method} {path} HTTP/1.1" {status} '
            f'{size or rng.randrange(4000, 9000)} "-" "{agent}"')


def visits():
    """(time, placement, ip, agent) for every visit of a placement's link."""
    out = []
    for p, (_, medium, _, _, first, count, _) in PLACEMENTS.items():
        decay = 0.8 if p.startswith("flyer-gate") or p == "flyer-depot" else 2.5
        for _ in range(count):
            agent = rng.choice(MOBILE if medium in ("print", "outdoor", "social") or rng.random() < 0.3
                               else DESKTOP)
            out.append((when(first, decay), p, ip(), agent))
    return sorted(out)


def write_access_log(vs):
    lines = []
    for t, p, addr, agent in vs:
        extra = "&yclid=" + str(rng.randrange(10**8, 10**9)) if p == "vk-post" and rng.random() < 0.2 else ""
        lines.append((t, log_line(t, addr, f"/rally/moscow?{query(p)}{extra}", 200, agent)))
        lines.append((t + timedelta(seconds=1), log_line(t + timedelta(seconds=1), addr,
                                                          "/static/rally.css", 200, agent)))
    for _ in range(120):  # people who typed the address or came from a search: no UTM values
        t = when(0, 3)
        lines.append((t, log_line(t, ip(), "/rally/moscow", 200, rng.choice(MOBILE + DESKTOP))))
    for _ in range(12):  # robots follow the links too, and are left out
        t = when(0, 3)
        p = rng.choice(list(PLACEMENTS))
        lines.append((t, log_line(t, "5.255.253." + str(rng.randrange(2, 254)),
                                  f"/rally/moscow?{query(p)}", 200, rng.choice(BOTS))))
    for _ in range(30):  # the sign-up form posts back: not a visit
        t = when(1, 3)
        lines.append((t, log_line(t, ip(), "/rally/moscow/signup", 303, rng.choice(MOBILE), "POST", 0)))
    t = WEEK + timedelta(days=3, hours=9, minutes=14)  # a link retyped by hand, wrongly
    lines.append((t, log_line(t, ip(), "/rally/moscow?utm_source=flyer&utm_medium=print"
                                       "&utm_campaign=rally_2026&utm_content=prokhodnaia", 200, MOBILE[0])))
    t = WEEK + timedelta(days=5, hours=3, minutes=2)  # a line cut short when the disk filled up
    lines.append((t, '198.51.100.77 - - [02/Dec/2027:03:02:11 +0300] "GET /rally/moscow?utm_source=vk'))
    lines.sort(key=lambda x: x[0])
    with open("access.log", "w", encoding="utf-8") as f:
        f.writelines(line + "\n" for _, line in lines)


def write_ga4(vs):
    """GA4 saw about nine visits in ten (blockers, refused consent), as sessions."""
    sessions = {}
    for _, p, _, _ in vs:
        if rng.random() < 0.88:
            sessions[p] = sessions.get(p, 0) + 1
    with open("ga4-traffic-acquisition.csv", "w", encoding="utf-8") as f:
        f.write("# ----------------------------------------\n# Traffic acquisition: Session source / medium\n"
                "# Account: Профсоюз\n# Property: профсоюз.рф\n# Start date: 20271127\n"
                "# End date: 20271203\n# ----------------------------------------\n\n")
        f.write("Session source / medium,Session campaign,Session manual ad content,Sessions,"
                "Engaged sessions\n")
        f.write('(direct) / (none),(not set),(not set),"1,312",604\n')
        f.write("google / organic,(not set),(not set),211,143\n")
        f.write("yandex / organic,(not set),(not set),187,122\n")
        for p, n in sorted(sessions.items(), key=lambda kv: -kv[1]):
            source, medium, content = PLACEMENTS[p][:3]
            f.write(f"{source} / {medium},rally_2026,{content},{n},{int(n * 0.6)}\n")


def number_form(number):
    d = number[-7:]
    return rng.choice(NUMBER_FORMS).format(a=d[:3], b=d[3:5], c=d[5:])


def callers_pool(n):
    return [f"+7 9{rng.randrange(10, 99)} {rng.randrange(100, 999)}-{rng.randrange(10, 99)}-"
            f"{rng.randrange(10, 99)}" for _ in range(n)]


def write_calls():
    """The provider's log: ';', a BOM, CRLF, DD.MM.YYYY, Moscow time without a zone."""
    calls = []
    for p, (_, _, _, number, first, _, count) in PLACEMENTS.items():
        people = callers_pool(max(1, count - count // 4))  # some call twice
        for i in range(count):
            t = when(first, 1.5)
            caller = people[i % len(people)]
            status = rng.choices(["Отвечен", "Пропущен", "Занято"], [8, 2, 1])[0]
            talk = rng.choice([12, 25, 48, 75, 96, 140, 210, 330]) if status == "Отвечен" else 0
            if rng.random() < 0.07:
                caller = ""  # a hidden number
            calls.append((t, caller, number_form(number), talk, status, p))
    for _ in range(4):  # the office number, printed on last year's leaflets: no placement's
        calls.append((when(0, 3), callers_pool(1)[0], "+7 495 765-43-21", 60, "Отвечен", None))
    calls.sort()
    with open("calls.csv", "w", encoding="utf-8", newline="") as f:
        f.write("\ufeffДата;Кто звонил;Куда;Длительность;Статус\r\n")
        for t, caller, called, talk, status, _ in calls:
            f.write(f"{t:%d.%m.%Y %H:%M:%S};{caller};{called};{talk};{status}\r\n")
        f.write("03.12.2027 18:40:00;+7 916 555-01-02;;0;Пропущен\r\n")  # the export lost a number
    return calls


POSTS = ["Все на #МитингЗаДостойнуюЗарплату в субботу, 12:00, Парк Горького!",
         "Идём всей сменой. #митингзадостойнуюзарплату",
         "Листовку дали на проходной, зарегистрировался. #МитингЗаДостойнуюЗарплату",
         "Кто с Октябрьской едет? #МИТИНГЗАДОСТОЙНУЮЗАРПЛАТУ",
         "Зарплата не индексировалась три года. Пойду. #МитингЗаДостойнуюЗарплату #профсоюз",
         "Увидел плакат в метро, записал номер. #МитингЗаДостойнуюЗарплату"]


def write_posts():
    with open("posts.csv", "w", encoding="utf-8") as f:
        f.write("time,network,author,text\n")
        rows = []
        for _ in range(34):
            t = when(0, 3)
            rows.append((t, rng.choice(["vk", "telegram", "ok"]), f"user{rng.randrange(1000, 9999)}",
                         rng.choice(POSTS)))
        for _ in range(6):  # about the union, not this rally: no tag of the campaign
            t = when(0, 3)
            rows.append((t, "vk", f"user{rng.randrange(1000, 9999)}", "Профсоюз опять что-то затевает"))
        for t, network, author, text in sorted(rows):
            f.write(f'{t:%Y-%m-%dT%H:%M:%S%z},{network},{author},"{text}"\n')


def write_leads(calls, vs):
    """Bitrix24's leads: a form's sign-ups carry UTM fields; a call's lead, only the phone."""
    leads = []
    for t, p, _, _ in vs:  # about one visit in twelve signs up
        if rng.random() < 0.085:
            source, medium, content = PLACEMENTS[p][:3]
            phone = callers_pool(1)[0] if rng.random() < 0.5 else ""
            leads.append((t + timedelta(minutes=rng.randrange(2, 9)), phone, source, medium,
                          "rally_2026", content))
    answered = [c for c in calls if c[4] == "Отвечен" and c[3] >= 30 and c[1] and c[5]]
    for t, caller, _, _, _, _ in answered[::2]:  # the operator makes a lead of every other good call
        leads.append((t + timedelta(minutes=rng.randrange(3, 20)), caller, "", "", "", ""))
    for t, caller, _, _, _, p in answered[1::5]:  # called a flyer's number, later signed up from VK
        leads.append((t + timedelta(days=1, hours=2), caller, "vk", "social", "rally_2026", "announcement"))
    leads.sort()
    with open("leads.csv", "w", encoding="utf-8", newline="") as f:
        f.write("\ufeffID;Название лида;Дата создания;Рабочий телефон;UTM Source;UTM Medium;"
                "UTM Campaign;UTM Content\r\n")
        for i, (t, phone, source, medium, campaign, content) in enumerate(leads, 1000):
            f.write(f"{i};Митинг 4 декабря;{t:%d.%m.%Y %H:%M:%S};{phone};{source};{medium};"
                    f"{campaign};{content}\r\n")
        f.write("1999;Митинг 4 декабря;;+7 916 000-11-22;vk;social;rally_2026;announcement\r\n")


def main():
    vs = visits()
    write_access_log(vs)
    write_ga4(vs)
    calls = write_calls()
    write_posts()
    write_leads(calls, vs)


if __name__ == "__main__":
    main()
