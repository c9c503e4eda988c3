// A cookie banner as municipal sites have: remembers the choice in a cookie and localStorage.
(function () {
  const banner = document.getElementById("cookie-banner");
  if (!document.cookie.includes("kakor=ok") && !localStorage.getItem("kakor")) banner.hidden = false;
  document.getElementById("cookie-ok").addEventListener("click", () => {
    document.cookie = "kakor=ok; max-age=31536000; path=/";
    localStorage.setItem("kakor", JSON.stringify({ ok: true, at: Date.now() }));
    banner.hidden = true;
  });
})();
