//! Maximum likelihood by L-BFGS (argmin) on log-parameters.
//!
//! The models' parameters are all positive, so they are optimised as logarithms: no bounds to
//! handle, and the scales of r (≈0.2) and alpha (≈ tens of weeks) stop mattering. Value and
//! gradient are computed together by the models (they share every expensive term), so the
//! objective caches the last point: the line search asks for cost and gradient separately.

use std::cell::RefCell;

use argmin::core::{CostFunction, Error, Executor, Gradient, State, TerminationReason, TerminationStatus};
use argmin::solver::linesearch::MoreThuenteLineSearch;
use argmin::solver::quasinewton::LBFGS;

/// Where the optimiser stopped.
#[derive(Debug, Clone, PartialEq)]
pub struct Optimum {
    /// The log-parameters at the minimum.
    pub theta: Vec<f64>,
    /// The objective there.
    pub value: f64,
    pub iterations: u64,
}

/// Why a model was not fitted: the analysis then falls back to historic figures and says why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FitError {
    #[error("too few repeat customers to fit the model ({found}, at least {needed} needed)")]
    TooFewRepeatCustomers { found: usize, needed: usize },
    #[error("the fit did not converge ({0})")]
    NotConverged(String),
    #[error("the likelihood is not finite at the starting point")]
    BadStart,
    #[error("the fitted parameters do not allow this prediction ({0})")]
    Degenerate(String),
}

/// Objective: fills the gradient and returns the value (to be minimised).
pub(crate) trait Objective {
    fn value_and_gradient(&self, theta: &[f64], grad: &mut [f64]) -> f64;
}

/// The last point evaluated: parameters, value, gradient.
type Evaluation = (Vec<f64>, f64, Vec<f64>);

struct Cached<'a, O> {
    objective: &'a O,
    last: RefCell<Option<Evaluation>>,
}

impl<O: Objective> Cached<'_, O> {
    fn eval(&self, theta: &[f64]) -> (f64, Vec<f64>) {
        if let Some((t, v, g)) = self.last.borrow().as_ref()
            && t.as_slice() == theta
        {
            return (*v, g.clone());
        }
        let mut grad = vec![0.0; theta.len()];
        let mut value = self.objective.value_and_gradient(theta, &mut grad);
        // Far out in log-space the likelihood overflows: a huge but finite value sends the
        // line search back instead of poisoning it with NaN.
        if !value.is_finite() || grad.iter().any(|g| !g.is_finite()) {
            value = 1e30;
            grad.iter_mut().zip(theta).for_each(|(g, t)| *g = t.signum() * 1e10);
        }
        *self.last.borrow_mut() = Some((theta.to_vec(), value, grad.clone()));
        (value, grad)
    }
}

impl<O: Objective> CostFunction for Cached<'_, O> {
    type Param = Vec<f64>;
    type Output = f64;
    fn cost(&self, p: &Self::Param) -> Result<f64, Error> {
        Ok(self.eval(p).0)
    }
}

impl<O: Objective> Gradient for Cached<'_, O> {
    type Param = Vec<f64>;
    type Gradient = Vec<f64>;
    fn gradient(&self, p: &Self::Param) -> Result<Vec<f64>, Error> {
        Ok(self.eval(p).1)
    }
}

/// Minimises `objective` from `theta0`; converged means the gradient's norm or the change in
/// value fell below tolerance (the objective should be scaled per observation so these mean
/// the same at any data size).
pub(crate) fn minimize<O: Objective>(objective: &O, theta0: Vec<f64>) -> Result<Optimum, FitError> {
    let mut probe = vec![0.0; theta0.len()];
    if !objective.value_and_gradient(&theta0, &mut probe).is_finite() {
        return Err(FitError::BadStart);
    }
    let problem = Cached { objective, last: RefCell::new(None) };
    let line_search = MoreThuenteLineSearch::new();
    let solver = LBFGS::new(line_search, 8)
        .with_tolerance_grad(1e-9)
        .and_then(|s| s.with_tolerance_cost(1e-14))
        .map_err(|e| FitError::NotConverged(e.to_string()))?;
    let result = Executor::new(problem, solver)
        .configure(|state| state.param(theta0).max_iters(500))
        .run()
        .map_err(|e| FitError::NotConverged(e.to_string()))?;
    let state = result.state();
    match state.get_termination_status() {
        TerminationStatus::Terminated(TerminationReason::SolverConverged) => {}
        TerminationStatus::Terminated(reason) => return Err(FitError::NotConverged(reason.text().to_string())),
        TerminationStatus::NotTerminated => return Err(FitError::NotConverged("stopped early".into())),
    }
    let theta = state.get_best_param().cloned().ok_or_else(|| FitError::NotConverged("no parameters".into()))?;
    let value = state.get_best_cost();
    if !value.is_finite() || value >= 1e30 {
        return Err(FitError::NotConverged("the likelihood is not finite".into()));
    }
    Ok(Optimum { theta, value, iterations: state.get_iter() })
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Bowl;
    impl Objective for Bowl {
        fn value_and_gradient(&self, t: &[f64], g: &mut [f64]) -> f64 {
            g[0] = 2.0 * (t[0] - 1.0);
            g[1] = 20.0 * (t[1] + 2.0);
            (t[0] - 1.0).powi(2) + 10.0 * (t[1] + 2.0).powi(2)
        }
    }

    #[test]
    fn finds_the_bottom_of_a_bowl() {
        let o = minimize(&Bowl, vec![5.0, 5.0]).unwrap();
        assert!((o.theta[0] - 1.0).abs() < 1e-6 && (o.theta[1] + 2.0).abs() < 1e-6, "{o:?}");
    }

    struct Nan;
    impl Objective for Nan {
        fn value_and_gradient(&self, _: &[f64], _: &mut [f64]) -> f64 {
            f64::NAN
        }
    }

    #[test]
    fn a_non_finite_start_is_refused() {
        assert_eq!(minimize(&Nan, vec![0.0]), Err(FitError::BadStart));
    }
}
