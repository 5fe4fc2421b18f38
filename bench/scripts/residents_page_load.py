#!/usr/bin/env python3
"""Figure 4's page load (issue 14): DOMContentLoaded of the residents list in headless Chromium.

Runs against a product started by the run command (./mvnw -B -ntp -Prun install), signed in through
the real Keycloak as a station lead. Talks to chromedriver over the W3C WebDriver protocol with the
standard library only, so nothing needs installing beyond the Debian chromium + chromium-driver that
infra/install-prerequisites.sh installs.

  python3 bench/scripts/residents_page_load.py [--url http://localhost:9080/] [--login laojunying.lead]
      [--loads 15] [--add 100000 --mariadb <path to the run's mariadb client> --db-port 3307]

Without --add it measures the register as it is. With --add N it first measures the register as it
is (the baseline), then adds N residents to the login's operator (tenant 'hope' for laojunying.lead)
in the communities its residents already live in, by one INSERT ... SELECT on the run's database,
and measures again. Prints the median and p90 of DOMContentLoaded (navigation start to the end of
the DOMContentLoaded event) over --loads loads of station/residents.xhtml, the load average, and
the number of residents the page says it lists.
"""
import argparse, json, os, statistics, subprocess, sys, time, urllib.request

def call(base, method, path, body=None):
    req = urllib.request.Request(base + path, method=method,
                                 data=None if body is None else json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.load(r)["value"]

class Browser:
    def __init__(self, port=9599):
        self.proc = subprocess.Popen(["chromedriver", f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                call(self.base, "GET", "/status"); break
            except Exception:
                time.sleep(0.1)
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": "/usr/bin/chromium",
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1440,900", "--lang=zh-CN"]}}}}
        self.session = call(self.base, "POST", "/session", caps)["sessionId"]
        self.s = f"/session/{self.session}"

    def go(self, url): call(self.base, "POST", self.s + "/url", {"url": url})
    def js(self, script): return call(self.base, "POST", self.s + "/execute/sync", {"script": script, "args": []})
    def el(self, css): return call(self.base, "POST", self.s + "/element", {"using": "css selector", "value": css})
    def type(self, css, text):
        e = list(self.el(css).values())[0]
        call(self.base, "POST", f"{self.s}/element/{e}/value", {"text": text})
    def click(self, css):
        e = list(self.el(css).values())[0]
        call(self.base, "POST", f"{self.s}/element/{e}/click", {})
    def close(self):
        try: call(self.base, "DELETE", self.s)
        finally: self.proc.terminate()

def measure(b, page, loads):
    times, listed = [], None
    for i in range(loads + 2):
        b.go(page)
        t = b.js("const n = performance.getEntriesByType('navigation')[0];"
                 " return n.domContentLoadedEventEnd - n.startTime;")
        if i >= 2:  # two warm-up loads
            times.append(t)
        listed = b.js("return document.body.innerText.match(/共\\s*[0-9,]+\\s*人|[0-9,]+ residents?/) + ''")
    times.sort()
    return statistics.median(times), times[int(0.9 * (len(times) - 1))], listed

def main():
    a = argparse.ArgumentParser()
    a.add_argument("--url", default="http://localhost:9080/")
    a.add_argument("--login", default="laojunying.lead")
    a.add_argument("--password", default="demo")
    a.add_argument("--tenant", default="hope")
    a.add_argument("--loads", type=int, default=15)
    a.add_argument("--add", type=int, default=0)
    a.add_argument("--mariadb")
    a.add_argument("--db-port", default="3307")
    o = a.parse_args()
    page = o.url.rstrip("/") + "/station/residents.xhtml"
    b = Browser()
    try:
        b.go(page)
        b.type("#username", o.login); b.type("#password", o.password); b.click("#kc-login")
        for _ in range(100):
            if b.js("return location.href").startswith(page): break
            time.sleep(0.1)
        else:
            sys.exit("not signed in: " + b.js("return location.href"))
        med, p90, listed = measure(b, page, o.loads)
        print(f"[page] before: DOMContentLoaded median {med:.0f} ms, p90 {p90:.0f} ms over {o.loads} loads; page says {listed}; load {os.getloadavg()[0]:.1f}")
        if o.add:
            sql = (f"INSERT INTO resident (tenant_id, version, name, gender, birth_date, phone, community_id, address, categories,"
                   f" created_at, created_by, updated_at, updated_by)"
                   f" SELECT '{o.tenant}', 1, CONCAT(ELT(1 + seq % 20, '王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','胡','朱','高','林','何','郭','马','罗'), '测', seq),"
                   f" IF(seq % 2 = 0, 'FEMALE', 'MALE'), DATE_SUB('1990-01-01', INTERVAL seq % 20000 DAY), NULL,"
                   f" c.community_id, NULL, IF(seq % 3 = 0, ',ELDER,', ',CHILD,'), NOW(6), 'bench', NOW(6), 'bench'"
                   f" FROM seq_1_to_{o.add} s JOIN (SELECT community_id, ROW_NUMBER() OVER (ORDER BY community_id) - 1 AS k,"
                   f" COUNT(*) OVER () AS n FROM (SELECT DISTINCT community_id FROM resident WHERE tenant_id = '{o.tenant}') d) c"
                   f" ON c.k = s.seq % c.n")
            t0 = time.time()
            subprocess.run([o.mariadb, "-h127.0.0.1", "-P" + o.db_port, "-uroot", "shegong", "-e", sql], check=True,
                           stderr=subprocess.DEVNULL)
            print(f"[page] added {o.add} residents to {o.tenant} in {time.time() - t0:.1f} s")
            med2, p902, listed2 = measure(b, page, o.loads)
            print(f"[page] after: DOMContentLoaded median {med2:.0f} ms, p90 {p902:.0f} ms over {o.loads} loads; page says {listed2}; load {os.getloadavg()[0]:.1f}")
            print(f"[page] ratio after/before (medians): {med2 / med:.2f}x; target < 1000 ms: {'met' if med2 < 1000 else 'NOT met'}")
    finally:
        b.close()

if __name__ == "__main__":
    main()
