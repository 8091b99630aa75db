package numbers

// cstate is the state of a cardinal being composed from its parts.
type cstate struct {
	total, group Value
	lastScale    int64
	parts        int
	hasH, hasU   bool // hundreds, units in the current group
	hasT, hasTn  bool // tens, a teen or ten
	hasNum       bool // digits in the current group
	afterScale   bool
	lastUnit     int64 // the unit accepted last, or -1
	lastJoined   bool
	lastNum      bool // the part accepted last was digits
	lastWasScale bool // the part accepted last was a scale word
	zero         bool
}

func (c *cstate) groupEmpty() bool { return !c.hasH && !c.hasU && !c.hasT && !c.hasTn && !c.hasNum }

func (c *cstate) slotFree() bool { return !c.hasU && !c.hasT && !c.hasTn && !c.hasNum }

func (c *cstate) addGroup(v int64) { c.group, _ = c.group.add(IntValue(v)) }

// accept adds the part t (joined by و or not) if the grammar allows it.
func (c *cstate) accept(t *token, joined bool) bool {
	first := c.parts == 0
	if c.zero {
		return false
	}
	prevUnit, prevNum, prevScale := c.lastUnit, c.lastNum, c.lastWasScale
	c.lastUnit, c.lastNum = -1, false
	ok := c.accept1(t, joined, first, prevUnit, prevNum)
	if ok {
		c.parts++
		c.lastJoined = joined
		c.lastNum = t.kind == tNum
		c.lastWasScale = t.kind == tWord && t.at.typ == aScale
	} else {
		c.lastUnit, c.lastNum, c.lastWasScale = prevUnit, prevNum, prevScale
	}
	return ok
}

func (c *cstate) accept1(t *token, joined, first bool, prevUnit int64, prevNum bool) bool {
	if t.kind == tNum {
		v := t.num.val
		if t.num.kind != Cardinal || v.Sign() < 0 {
			return false
		}
		switch {
		case first:
			c.group, c.hasNum = v, true
			return true
		case v.Sign() == 0:
			return false
		case c.afterScale && c.groupEmpty() && v.Cmp(IntValue(c.lastScale)) < 0:
			c.group, c.hasNum = v, true
			return true
		case joined && c.hasH && c.slotFree() && v.Cmp(IntValue(100)) < 0:
			c.group, _ = c.group.add(v)
			c.hasNum = true
			return true
		}
		return false
	}
	if !t.known || t.def || (t.prep && !first) {
		return false
	}
	a := t.at
	unitSlot := first || (c.slotFree() && ((c.hasH && (joined || !c.afterScale)) || (c.afterScale && c.groupEmpty() && joined)))
	switch a.typ {
	case aUnit:
		if a.val == 0 {
			if first {
				c.zero = true
				return true
			}
			return false
		}
		if !unitSlot {
			return false
		}
		c.addGroup(a.val)
		c.hasU, c.lastUnit = true, a.val
		return true
	case aTen:
		if !joined && prevUnit >= 1 && prevUnit <= 9 && !c.hasT && !c.hasTn {
			c.addGroup(10)
			c.hasU, c.hasTn = false, true
			return true
		}
		if !unitSlot {
			return false
		}
		c.addGroup(10)
		c.hasTn = true
		return true
	case aTeen:
		if !unitSlot {
			return false
		}
		c.addGroup(a.val)
		c.hasTn = true
		return true
	case aTens:
		if joined && c.hasU && prevUnit > 0 && !c.hasT && !c.hasTn {
			c.addGroup(a.val)
			c.hasT = true
			return true
		}
		if !unitSlot {
			return false
		}
		c.addGroup(a.val)
		c.hasT = true
		return true
	case aHundred:
		if a.val == 100 && !joined && !c.hasH && !c.groupEmpty() && (prevUnit > 0 || prevNum || c.hasT || c.hasTn) {
			if g, ok := c.group.Int64(); ok && g > 0 && g < 1000 {
				c.group = IntValue(g * 100)
				c.hasH, c.hasU, c.hasNum = true, false, false
				return true
			}
			return false
		}
		if c.groupEmpty() && (first || c.afterScale) && a.val < c.lastScale {
			c.group = IntValue(a.val)
			c.hasH = true
			return true
		}
		return false
	case aScale:
		s := a.val
		if a.cnt != 2 && !c.groupEmpty() && !joined && s < c.lastScale && c.group.Sign() > 0 {
			m, err := c.group.mul(IntValue(s))
			if err != nil {
				return false
			}
			if c.total, err = c.total.add(m); err != nil {
				return false
			}
			c.group = Value{}
			c.hasH, c.hasU, c.hasT, c.hasTn, c.hasNum = false, false, false, false, false
			c.lastScale, c.afterScale = s, true
			return true
		}
		if c.lastWasScale && !joined && a.cnt == 1 && s > c.lastScale && c.lastScale <= (1<<62)/s {
			// مئة ألف تريليون، ألف مليار: scales multiply.
			m, err := c.total.mul(IntValue(s))
			if err != nil {
				return false
			}
			c.total, c.lastScale = m, c.lastScale*s
			return true
		}
		if c.groupEmpty() && (first || joined) && a.cnt != 0 && s*int64(a.cnt) < c.lastScale {
			c.total, _ = c.total.add(IntValue(s * int64(a.cnt)))
			c.lastScale, c.afterScale = s, true
			return true
		}
		return false
	}
	return false
}

// cardinal composes a cardinal from t and the parts that follow it, then
// reads what may close it: a fraction, فاصلة and decimals, dozens, percent
// words.
func (sc *scanner) cardinal(ph *phrase, t token) {
	c := cstate{lastScale: 1 << 62, lastUnit: -1}
	c.accept(&t, false)
	ph.addToken(&t)
	end := t.end
	for {
		nt, joined := sc.joinedToken(end)
		if nt.kind != tNum && !nt.known {
			break
		}
		if c.hasH && nt.known && nt.at.typ == aUnit {
			// ثلاثمئة وثلاث مئة: the unit counts the next hundred.
			if h := sc.tokenAt(nt.end); h.known && !h.conj && h.at.typ == aHundred {
				break
			}
		}
		if !c.accept(&nt, joined) {
			break
		}
		ph.addToken(&nt)
		end = nt.end
	}
	ph.end = end
	v, _ := c.total.add(c.group)
	ph.val = v
	if t.kind == tNum && c.parts == 1 {
		ph.kind = t.num.kind
	} else {
		ph.kind = Cardinal
	}
	if c.zero {
		return
	}
	sc.fractionAfter(ph, &c)
	sc.pointAfter(ph, &c)
	sc.dozensAfter(ph)
	sc.percentAfter(ph)
	if sc.opts.Ratios {
		sc.ratioAfter(ph)
	}
	if !ph.val.IsInt() && ph.kind == Cardinal {
		ph.kind = Fraction
	}
}

// joinedToken returns the token after p, skipping a stand-alone و, and
// whether a و (stand-alone or a proclitic) joins it.
func (sc *scanner) joinedToken(p int) (token, bool) {
	nt := sc.tokenAt(p)
	if nt.kind == tWa {
		nt2 := sc.tokenAt(nt.end)
		if nt2.kind == tWa {
			return nt, false
		}
		nt2.wstart = nt.wstart
		return nt2, true
	}
	return nt, nt.conj
}
